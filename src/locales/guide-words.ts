// Type-only imports: the keys are declared with the workflows whose states they describe.

import type { WorkflowId } from '../workflows/definitions.js';
import type { GuideNoteKey, GuideOptionKey, GuideStepKey } from '../workflows/shared/guide-keys.js';
import type { RichText } from './text.js';

/**
 * The values a catalog entry may use. Every value is optional text the guide builder fills from
 * the scenario and options; entries must read well when a value is missing.
 */
export type GuideParams = {
  readonly patientName: string;
  readonly portalUrl?: string;
  readonly practiceName?: string;
  readonly minimumAge: number;
  readonly eligibleOn?: string;
  readonly maxLength: number;
  readonly maxAttachments: number;
  readonly attachmentCount?: number;
  readonly providerName?: string;
  readonly locationName?: string;
  readonly familyMemberName?: string;
  /** Whether the message form can take files (it was started on the home page). */
  readonly attachmentsAllowed?: boolean;
  /** Why an assist task cannot start or did not finish (a reason code), in the `taskBlocked` step. */
  readonly blockedReason?: string;
  /** Whether an assist diagnosis has a task that fixes it (`false`: the advice is all there is). */
  readonly fixTask?: boolean;
  /** The title of the assist session's running task (the task's own guide title), on its steps. */
  readonly taskTitle?: string;
  /** The option a guide's scenario chose at this step, when it chose one. */
  readonly chosen?: GuideOptionKey;
  /**
   * The step is on screen a second time: a printed guide comes back to a step it has shown before,
   * and a live session has had its phone of record updated by staff (`phoneOfRecordUpdated`).
   */
  readonly again?: boolean;
  /** The guide's path ends blocked (its intro says why the task cannot be finished yet). */
  readonly blocked?: boolean;
};

/** A catalog entry: text built from the params. */
export type CatalogEntry = (params: GuideParams) => RichText;

/**
 * Every text of one locale. Each record is keyed by a closed union, so a key missing from a
 * locale is a type error.
 */
export type GuideWords = {
  readonly titles: Readonly<Record<WorkflowId, string>>;
  readonly intros: Readonly<Record<WorkflowId, CatalogEntry>>;
  readonly steps: Readonly<Record<GuideStepKey, CatalogEntry>>;
  readonly notes: Readonly<Record<GuideNoteKey, CatalogEntry>>;
  readonly options: Readonly<Record<GuideOptionKey, CatalogEntry>>;
  /**
   * What an English portal label means in this language, shown after the label the first time it
   * appears in a guide (label policy `portal`). Keys are exact labels; `{patientName}` stands for the
   * patient's name. Absent for English.
   */
  readonly labelGlosses?: Readonly<Record<string, string>>;
  /**
   * The portal's own labels in this language, where the reference gives them (label policy
   * `translated`); any other label stays in English.
   */
  readonly portalLabels?: Readonly<Record<string, string>>;
  /** Neutral stand-ins for details a caller did not give; never invented names. */
  readonly placeholders: {
    readonly patient: string;
    readonly familyMember: string;
    readonly provider: string;
    readonly location: string;
  };
  /** Words the renderers need (headings, prefixes). */
  readonly ui: {
    /** One numbered step in plain text ("Step"). */
    readonly step: string;
    readonly steps: string;
    readonly notes: string;
    readonly staffNote: string;
    readonly patientNote: string;
    readonly warning: string;
    readonly option: string;
    readonly blocked: string;
  };
};

/** The former name of {@link GuideWords}. */
export type GuideCatalog = GuideWords;
