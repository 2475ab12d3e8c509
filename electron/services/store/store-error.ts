import type { CodedMessage, Message } from '../../../shared/message';

/** A refusal of the store that staff/IT must read: carries a stable code and both texts. */
export class StoreError extends Error implements CodedMessage {
  override readonly message: string;
  readonly messageEn: string;
  constructor(
    readonly code: string,
    text: Message,
    detail?: string,
  ) {
    super(text.vi);
    this.message = detail ? `${text.vi} (${detail})` : text.vi;
    this.messageEn = detail ? `${text.en} (${detail})` : text.en;
  }
}
