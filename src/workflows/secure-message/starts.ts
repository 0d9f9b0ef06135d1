/** Where a message is started: only one started on the home page can carry attachments. */
export type MessageStartPage = 'home-page' | 'messages-page';

/** Every place a message can be started, home page first. */
export const messageStarts: readonly MessageStartPage[] = Object.freeze(['home-page', 'messages-page']);
