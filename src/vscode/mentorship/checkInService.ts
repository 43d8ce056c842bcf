// This user's mentoring pairs seen from their side, with their next check-in and the ones they marked held (with a
// note to self). What is held lives in the store's `mentoring.json` — personal, on this machine, in the data export —
// and never in the space.
import * as vscode from 'vscode';
import {
  applyMentoringLocal,
  currentRound,
  emptyMentoringLocal,
  heldFor,
  HeldCheckIn,
  MentoringLocalCommand,
  MentoringLocalDoc,
  nextCheckIn,
  OwnPair,
  roundEnds,
} from '../../core/mentorship/checkIns';
import type { PacewiseStore } from '../../storage/pacewiseStore';
import { Disposable } from '../dispose';
import type { MentorshipService } from './mentorshipService';

export class CheckInService extends Disposable {
  private doc: MentoringLocalDoc = emptyMentoringLocal();
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  readonly onDidChange = this.changed.event;
  private loaded: Promise<void>;

  constructor(
    private readonly mentorship: MentorshipService,
    private readonly store: PacewiseStore,
  ) {
    super();
    this.loaded = this.read();
    const stop = store.watch(['mentoring'], () => void this.read());
    this._register({ dispose: stop });
  }

  private async read(): Promise<void> {
    this.doc = await this.store.read('mentoring');
    this.changed.fire();
  }

  /** Resolves once the store's record has been read. */
  ready(): Promise<void> {
    return this.loaded;
  }

  get local(): MentoringLocalDoc {
    return this.doc;
  }

  /** This user's pairs in the round running this week (none before they joined, or when it has no pair for them). */
  ownPairs(): OwnPair[] {
    const s = this.mentorship.state;
    const own = this.mentorship.own();
    if (s.kind !== 'ready' || !own) return [];
    const round = currentRound(s.space.rounds, this.mentorship.thisWeek());
    if (!round) return [];
    const ends = roundEnds(round, s.space.rounds);
    return round.pairs
      .filter((p) => p.mentor === own.id || p.mentee === own.id)
      .map((p) => ({
        space: s.root,
        round,
        ends,
        role: p.mentor === own.id ? ('mentor' as const) : ('mentee' as const),
        self: own.id,
        partner: p.mentor === own.id ? p.mentee : p.mentor,
        topic: p.topics[0] ?? '',
      }));
  }

  next(pair: OwnPair) {
    return nextCheckIn(pair, this.mentorship.today(), this.doc.checkIns);
  }

  /** The pair's held check-ins that carry a note to self, newest first. */
  notes(pair: OwnPair): HeldCheckIn[] {
    return heldFor({ ...pair, round: pair.round.id }, this.doc.checkIns).filter((h) => h.note);
  }

  /** Marks `due` held today, with an optional note to self; marking it again replaces the note. */
  async markHeld(pair: OwnPair, due: string, note: string | undefined): Promise<HeldCheckIn> {
    const partner = pair.round.inputs.people.find((p) => p.id === pair.partner);
    const profile = this.mentorship.state.kind === 'ready' ? this.mentorship.state.space.profiles : [];
    const checkIn: HeldCheckIn = {
      id: crypto.randomUUID(),
      space: pair.space,
      round: pair.round.id,
      partner: pair.partner,
      partnerHandle: partner?.handle ?? '',
      partnerTeam: profile.find((p) => p.id === pair.partner)?.team ?? partner?.team ?? '',
      role: pair.role,
      topic: pair.topic,
      due,
      heldOn: this.mentorship.today(),
      ...(note ? { note } : {}),
      at: Date.now(),
    };
    await this.apply({ type: 'held', checkIn });
    return checkIn;
  }

  /** Claims a reminder or a quiet period under the store's lock: true for the one window that changed it. */
  async apply(cmd: MentoringLocalCommand): Promise<boolean> {
    const { result, doc } = await this.store.update('mentoring', (current) => {
      const next = applyMentoringLocal(current, cmd);
      return { ...next, result: next.changed };
    });
    this.doc = doc;
    this.changed.fire();
    return result;
  }
}
