// User-facing text is Vietnamese first with English alongside (../shared/docs/architecture.md). Each
// domain keeps its texts in one table of these pairs, so a translation is never separated from its code.
export interface Message {
  vi: string;
  en: string;
}

/** What crosses a process or CLI boundary: a stable machine code plus both texts. */
export interface CodedMessage {
  code: string;
  /** Vietnamese, shown to staff. */
  message: string;
  /** English, for IT and logs. */
  messageEn: string;
}

export function coded(code: string, text: Message): CodedMessage {
  return { code, message: text.vi, messageEn: text.en };
}
