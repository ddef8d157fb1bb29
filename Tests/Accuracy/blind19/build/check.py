import json,re,os,unicodedata
g=json.load(open(os.path.join(os.path.dirname(__file__), '..', 'gold.json'),encoding='utf-8'))
T=os.path.join(os.path.dirname(__file__), '..', 'texts') + '/'
def nz(s): return re.sub(r'\s+',' ',unicodedata.normalize('NFC',s)).strip()
HEAD={
 'favrskov-oekonomiudvalget':r'^(\d+)\. .*\n(Åben|Lukket) sag',
 'favrskov-byraadet':r'^(\d+)\. .*\n(   - .*\n)?Sagsnr',
 'svendborg':r'^Sag nr\. (\d+)$',
 'kalundborg':r'^Pkt\. (\d+) .*\n\nSagsnr',
 'toender':r'^Punkt (\d+):$',
 'gribskov':r'^0?(\d+) .*\n(Åbent|Lukket) punkt',
 'hammel':r'^Punkt (\d+)$',
 'gjern':r'^(\d+)\) ',
 'aadalsskolen':r'^(\d+)\. .*\n',
 'grundejer':r'^Ad (\d+)\. ',
 'skovby':r'^(\d+)\. ',
 'odder':r'^Ad punkt (\d+): ',
}
segs={}
for m in g['meetings']:
    src=m['source']; txt=open(T+src,encoding='utf-8').read()
    key=[k for k in HEAD if src.startswith(k)][0]
    hs=[(int(x.group(1)),x.start()) for x in re.finditer(HEAD[key],txt,re.M)]
    # for files with a TOC, keep the last occurrence sequence
    d={}
    for n,pos in hs: d[n]=pos
    order=sorted(d.items(),key=lambda x:x[1])
    S={}
    for i,(n,pos) in enumerate(order):
        end=order[i+1][1] if i+1<len(order) else len(txt)
        S[n]=txt[pos:end]
    segs[m['date']]=(txt,S)
    nums=[it['number'] for it in m['items']]
    if sorted(S)!=sorted(nums): print('ITEM NUMBERS differ',src,sorted(S),nums)
    ntxt=nz(txt)
    for a in m['attendees']:
        if a not in ntxt: print('attendee missing',src,a)
    if m['location'] and m['location'] not in ntxt: print('location missing',src,m['location'])
    for it in m['items']:
        seg=nz(S.get(it['number'],''))
        if it['title'] and nz(it['title']) not in seg:
            print('title not in seg',src,it['number'],it['title'])
        if it['journalNumber'] and it['journalNumber'] not in seg: print('JN not in seg',src,it['number'])
        for p in it['participants']:
            if not any(x in seg for x in p.split('|')): print('participant missing',src,it['number'],p)
for kind in ('actions','optionalActions'):
    for a in g[kind]:
        txt,S=segs[a['meetingDate']]
        seg=nz(S.get(a['item'],''))
        if nz(a['key']) not in seg: print(kind,'key not in item',a['meetingDate'],a['item'],a['key'])
        for o in a.get('owners',[]):
            if o['surface'] not in nz(txt) and o['surface'].lower() not in nz(txt).lower(): print('surface missing',a['key'],o)
for p in g['postponements']:
    if p['meetingDate'] in segs:
        seg=nz(segs[p['meetingDate']][1].get(p['item'],''))
    else:
        # prior decision: find in any meeting
        seg=' '.join(nz(t) for t,_ in segs.values())
    if nz(p['phrase']) not in seg: print('phrase missing',p)
print('check done')
