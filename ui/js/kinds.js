/**
 * @file Names of claim kinds and speaker kinds as users read them. The engine
 * sends lowercase wire names (`direct`, `partial`, `indirect`, `statement`).
 */

export const CLAIM_KINDS = ['direct', 'partial', 'indirect', 'statement'];

const KIND_LABELS = {
  direct: 'Direct quote',
  partial: 'Partial quote',
  indirect: 'Reported speech',
  statement: 'Statement',
};

const KIND_HINTS = {
  direct: 'A whole quotation in quote marks',
  partial: 'A quoted fragment inside reported speech',
  indirect: 'Reported speech without quote marks',
  statement: "The reporter's own factual assertion",
};

const SPEAKER_KIND_LABELS = {
  person: 'Person',
  organization: 'Organisation',
  unnamed: 'Unnamed source',
};

/** "Direct quote" for `direct`; unknown kinds are shown as sent. */
export function kindLabel(kind) {
  return KIND_LABELS[kind] || kind;
}

/** A one-line explanation of a kind. */
export function kindHint(kind) {
  return KIND_HINTS[kind] || '';
}

/** "Organisation" for `organization`. */
export function speakerKindLabel(kind) {
  return SPEAKER_KIND_LABELS[kind] || kind;
}
