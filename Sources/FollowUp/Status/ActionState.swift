import Foundation
import MinutesCore

/// An action as a report shows it: the engine's reading with the secretariat's events applied,
/// as of a day. Made by `ActionState.view(_:events:asOf:)` only.
public struct ActionView: Hashable, Sendable {
  /// The action as the engine read it.
  public var action: ActionItem
  /// Its owners as of the day: those the sentence names, else those set by `assign`, else the
  /// inferred responsible once confirmed.
  public var owners: [Owner]
  /// Who carries the action out by the minutes' own evidence (the item's recommender, the
  /// body a referral goes to), while the action has no owner and this is not confirmed.
  public var responsible: [Owner]
  /// The due day as of the day (`due` events applied).
  public var due: Day?
  /// The status as of the day.
  public var status: ActionStatus
  /// The day it was done: marked by hand, or the day the case came back.
  public var doneOn: Day?
  /// Notes added by hand, oldest first.
  public var notes: [String]
  /// The owner or due date was set by hand.
  public var isEdited: Bool
  /// Confirmed by the secretariat (no longer a lead), or set by hand.
  public var isConfirmed: Bool

  /// The owners, else the inferred responsible: whose list the action is on.
  public var accountable: [Owner] { owners.isEmpty ? responsible : owners }

  /// The action is on a list by inference only: nobody owns it, someone is responsible.
  public var isInferred: Bool { owners.isEmpty && !responsible.isEmpty }
}

/// The one place where the events recorded by hand (done, reopen, assign, due, note, confirm)
/// are applied to what the engine read: every report, every calendar and `export` ask it, so
/// that all of them agree on an action's owner, due day and status as of any day.
///
/// As of a day means at the end of that day: an action decided later is not there yet, and an
/// event counts from the day it says it applies from (`--on`, by default the day it was
/// recorded), so an event recorded today is not seen by a report as of an earlier day unless
/// it was recorded as applying from then.
public enum ActionState {
  /// The action as of the end of `day`, or `nil` when it was not yet decided then.
  /// - Parameters:
  ///   - action: The engine's reading.
  ///   - events: Its events, in any order (events of other targets are ignored).
  ///   - day: The as-of day.
  public static func view(_ action: ActionItem, events: [FollowUpEvent], asOf day: Day) -> ActionView? {
    guard isDecided(action, asOf: day) else { return nil }
    return applying(events, to: action, asOf: day)
  }

  /// Whether the action's decision was taken by the end of `day` (a quoted decision's own
  /// date counts, not the day of the minutes that quote it).
  public static func isDecided(_ action: ActionItem, asOf day: Day) -> Bool {
    action.decisionDate <= day
  }

  /// The events applied to the action as of `day`, decided by then or not (the export lists
  /// every action read, with its status as of the day).
  public static func applying(_ events: [FollowUpEvent], to action: ActionItem, asOf day: Day) -> ActionView {
    var owners = action.owners
    var due = action.due
    var notes: [String] = []
    var manual: (isDone: Bool, on: Day)?
    var edited = false
    var confirmed = false
    let inForce = events.filter { $0.target == action.id && $0.at <= day }.sorted { ($0.at, $0.id) < ($1.at, $1.id) }
    for e in inForce {
      switch e.kind {
      case .done: manual = (true, e.at)
      case .reopen: manual = (false, e.at)
      case .assign:
        let named = assigned(e)
        if !named.isEmpty {
          owners = named
          edited = true
        }
      case .due:
        if let d = e.value.flatMap({ Day(iso: $0) }) {
          due = d
          edited = true
        }
      case .note: if let v = e.value, !v.isEmpty { notes.append(v) }
      case .confirm: confirmed = true
      }
    }
    var responsible = owners.isEmpty ? action.responsible : []
    // A confirmed inference is an owner like any other.
    if confirmed, owners.isEmpty, !responsible.isEmpty {
      owners = responsible.map { o in
        var c = o
        c.resolvedBy = "bekræftet"
        return c
      }
      responsible = []
    }
    let settled = action.settledOn.flatMap { $0 <= day ? $0 : nil }
    let doneOn: Day?
    switch manual {
    case .some((true, let on)): doneOn = on
    case .some((false, let on)):
      // Reopened: a return of the case before the reopening no longer settles it.
      doneOn = settled.flatMap { $0 > on ? $0 : nil }
    case .none: doneOn = settled
    }
    let status: ActionStatus
    if doneOn != nil {
      status = .done
    } else if let d = due, d < day {
      status = .overdue
    } else {
      status = .open
    }
    return ActionView(
      action: action, owners: owners, responsible: responsible, due: due, status: status, doneOn: doneOn,
      notes: notes, isEdited: edited, isConfirmed: confirmed || edited || manual != nil)
  }

  /// The owners an `assign` event names: its value, names separated by commas.
  static func assigned(_ e: FollowUpEvent) -> [Owner] {
    (e.value ?? "").split(separator: ",").compactMap { part in
      let n = part.trimmingCharacters(in: .whitespaces)
      return n.isEmpty ? nil : Owner(name: n, kind: .person, surface: n, resolvedBy: "tildelt af \(e.actor)")
    }
  }
}
