import json,re,unicodedata,sys
sys.argv=['x']; exec(open('check.py').read().split("for kind in")[0])  # reuse segs
def nz(s): return re.sub(r'\s+',' ',unicodedata.normalize('NFC',s)).strip()
out={}
for a in g['actions']:
    txt,S=segs[a['meetingDate']]
    raw=S[a['item']]
    # join lines but keep line breaks as sentence boundaries when the next line starts a new unit
    lines=[l.strip() for l in raw.split('\n')]
    # find line containing the start of key (after normalizing wrapped lines)
    seg=nz(raw); k=nz(a['key']); i=seg.find(k)
    # sentence start: last boundary before i
    left=0
    for m in re.finditer(r'(?<=[.!?])\s+(?=[A-ZÆØÅ→-])|(?<=[:]) (?=[A-ZÆØÅ])|→ |- (?=[A-ZÆØÅ])',seg[:i+1]):
        left=m.end()
    m=re.search(r'(?<=[a-zæøå0-9)])\.(\s|$)',seg[i+len(k)-1:])
    right=i+len(k)-1+m.end() if m else len(seg)
    out[a['id']]=seg[left:right].strip()
    print(a['id'],'|',out[a['id']])
json.dump(out,open('sent.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
