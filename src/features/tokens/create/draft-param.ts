/** The URL parameter that opens the create form with a link's draft (draft-link.ts); kept apart so the page loads no more. */
export const DRAFT_PARAM = 'draft'
