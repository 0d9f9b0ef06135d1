import type { CliIo } from './io.js';

/** Prints a help text; `--help` always succeeds. */
export function printHelp(io: CliIo, text: string): 0 {
  io.out(text);
  return 0;
}

/** Help text of every command, printed by `--help`. */
export const help = {
  main: `portal-helpdesk: step guides and rule checks for helping patients with the Patient Portal

Usage:
  portal-helpdesk guide <workflow> [options]     a step guide (Markdown by default)
  portal-helpdesk check browser "<user agent>"   is this browser supported?
  portal-helpdesk check eligibility --birth-date YYYY-MM-DD [--time-zone ZONE] [--today YYYY-MM-DD]
  portal-helpdesk check phone "<number>"         landline or mobile; which security option
  portal-helpdesk check message --file <path>    can this message be sent?
  portal-helpdesk triage <symptom> [--fact key=value ...]
                                                 from the patient's symptom to the cause and fix
  portal-helpdesk search <the patient's words>   which symptom (or guide step) the words describe
  portal-helpdesk workflows                      list the workflows
  portal-helpdesk diagram <workflow>             a Mermaid state diagram of a workflow
  portal-helpdesk --version                      the version of portal-helpdesk

Run any command with --help for its options (e.g. portal-helpdesk check eligibility --help).
Exit codes: 0 done, 1 "no" verdict with --strict or nothing found by search, 2 usage error,
70 internal error (a bug).`,
  check: `Usage: portal-helpdesk check <rule> [options]

Runs one rule check and prints its verdict and what to tell the patient.

Rules:
  browser "<user agent>"           is this browser supported?
  eligibility --birth-date DATE    can this person have a Patient Portal account yet?
  phone "<number>"                 landline or mobile; which security option
  message --file <path>            can this secure message be sent? ("-" reads standard input)

Every rule takes --locale en|es, --json and --strict (exit 1 on a "no" verdict).
Run portal-helpdesk check <rule> --help for its options.`,
  guide: `Usage: portal-helpdesk guide <workflow> [options]

Builds the step guide of a workflow for the embedded sample patient and practice (a demo), or
for your own: give any patient or practice detail and nothing of the sample is used.

Options:
  --scenario key=value   pick a branch; repeat for several (e.g. --scenario channel=lab-result
                         --scenario security=call --scenario relationship=manager)
  --locale en|es         language (default en)
  --audience staff|patient
                         staff guides include staff notes (default staff)
  --labels portal|translated
                         portal labels in a Spanish guide: English with a gloss the first time
                         (portal, default), or the portal's Spanish labels where known (translated)
  --format md|html|text|json
                         output format (default md)
  --patient-name NAME    the patient's name (default: a placeholder; the sample's in the demo)
  --patient-birth-date YYYY-MM-DD
                         the patient's birth date (says when an under-age patient turns old enough)
  --family-member-name NAME
                         the family member under "Switch to View"
  --portal-url URL       the practice's portal URL (default: the practice file's; the sample's
                         in the demo)
  --practice FILE        practice settings as JSON ("-" for standard input; or set
                         PORTAL_HELPDESK_PRACTICE): portalUrl, timeZone, minimumAge,
                         providerBasedRouting, providers; schema: portal-helpdesk/practice.schema.json
  --time-zone ZONE       the practice's IANA time zone (default UTC)
  --minimum-age N        the practice's minimum age, 13 or more (default 13)
  --provider-based-routing on|off
                         the Portal Settings option; off offers "Office staff" (default on)
  --now INSTANT          the moment the guide is for, ISO 8601 with Z or an offset
                         (default 2026-01-15T17:00:00Z: guides are reproducible)
  --no-sample            the demo with placeholders instead of the sample patient and practice
  -h, --help             this help

Workflows and their scenario keys (key=allowed values; a bare key means key=true):`,
  checkBrowser: `Usage: portal-helpdesk check browser "<user agent>" [--platform-version V] [--staff] [--locale en|es] [--json] [--strict]

  --platform-version V   User-Agent Client Hints platformVersion (tells Windows 11 from 10)
  --staff                check the staff member's browser for "Log in to Portal as Patient"
  --strict               exit 1 unless the browser is supported`,
  checkEligibility: `Usage: portal-helpdesk check eligibility --birth-date YYYY-MM-DD [options]

  --time-zone ZONE       the practice's IANA time zone (default: this computer's)
  --today YYYY-MM-DD     the practice's date (default: today in that time zone); must be a real date
  --minimum-age N        the practice's minimum age, 13 or more (default 13)
  --locale en|es  --json  --strict (exit 1 when not eligible)`,
  checkPhone: `Usage: portal-helpdesk check phone "<number>" [--country US] [--locale en|es] [--json] [--strict]

  --country CC           region for numbers typed without +country code (default US; gb = GB)
  --strict               exit 1 when the number is not valid`,
  checkMessage: `Usage: portal-helpdesk check message --file <path> [options]

  --file PATH            the message text; "-" reads it from standard input
  --started-from home-page|messages-page   where the message is written (default home-page)
  --attachments N        how many files will be attached (default 0)
  --locale en|es  --json  --strict (exit 1 when the message cannot be sent)`,
  triage: `Usage: portal-helpdesk triage <symptom> [--fact key=value ...] [options]

Diagnoses a symptom from what you know: the cause or causes with their fix and what to tell the
patient, or the questions still to ask (each names the --fact that answers it).

Symptoms:
  no-invitation-email  link-not-working  code-not-received  security-answer-refused
  forgot-password  already-has-account  cannot-attach-file  provider-not-listed
  office-staff-missing  message-will-not-send  browser-warning  child-under-13
  manage-family-account  cannot-see-family-record  staff-login-as-patient

Options:
  --fact key=value       a fact; repeat for several (e.g. --fact code-step=security-setup
                         --fact code-method=text --fact phone="+44 20 7946 0958"); true/false
                         for yes/no facts. Facts: user-agent, browser, os, os-version,
                         birth-date, email-on-file, checked-junk, link-used-before, code-step,
                         code-method, phone, phone-of-record-current, answer, saved-answer,
                         answer-special-characters, started-from, attachments, message-text,
                         provider-seen, seen-providers, provider-based-routing, has-account,
                         name-under-switch-to-view
  --time-zone ZONE       the practice's IANA time zone for the age check (default: this computer's)
  --locale en|es         language (default en)
  --json                 the diagnosis as JSON
  --strict               exit 1 while the facts cannot tell the cause yet
  -h, --help             this help`,
  search: `Usage: portal-helpdesk search <the patient's words> [options]

Finds the symptoms, then the guide steps, that the patient's words describe, best first, each
symptom with the triage command that diagnoses it. Typos, missing accents and word order do not
matter. Exit 1 when nothing matches.

Example: portal-helpdesk search the code never came to my phone

Options:
  --locale en|es         the language of the words (default en)
  --limit N              most results, 1 to 50 (default 5)
  --json                 the results as JSON
  -h, --help             this help`,
  workflows: `Usage: portal-helpdesk workflows [--json]

Lists the workflow ids and titles.`,
  diagram: `Usage: portal-helpdesk diagram <workflow>

Prints a Mermaid stateDiagram-v2 of the workflow's state machine.`,
} as const;
