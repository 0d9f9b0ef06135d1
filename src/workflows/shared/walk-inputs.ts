// What a guide walk types, reports and answers, never shown to a reader. A guide is built with the
// rules' verdicts on these stated as data instead of the rules (libphonenumber-js, the
// user-agent classifier), so a printed guide bundles neither (docs/decisions.md, "Workflow checks").
// The scripts pick the input from the scenario's facts (`landline: true` types the landline,
// `patientBrowserUnsupported: true` reports Internet Explorer), so the fact decides the branch.
// src/guides/walk-checks.ts states what the rules say of each; test/guides/walk-checks.test.ts
// checks those verdicts against the live rules.

/** A UK landline (the phone metadata can tell it is fixed-line). */
export const WALK_LANDLINE = '+44 20 7946 0958';
/** A US number unlike any phone of record a guide walks with. */
export const WALK_OTHER_PHONE = '(201) 555-0188';
/** The phone of record a guide walks with: the placeholder number of US drama. */
export const WALK_PHONE_OF_RECORD = '(201) 555-0123';
/** {@link WALK_PHONE_OF_RECORD} in E.164, as the machines keep it. */
export const WALK_PHONE_OF_RECORD_E164 = '+12015550123';
/** The number staff save on an out-of-date walk. */
export const WALK_UPDATED_PHONE = '(201) 555-0147';
/** A current Firefox on Windows (the shortest supported string: every byte ships in a guide). */
export const WALK_SUPPORTED_BROWSER = 'Mozilla/5.0 (Windows NT 10.0; rv:140.0) Gecko/20100101 Firefox/140.0';
/** Internet Explorer 11. */
export const WALK_UNSUPPORTED_BROWSER =
  'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko';
/** The message a walk writes in the message form. */
export const WALK_MESSAGE = 'A question for my provider.';
