/** The URL parameters that open the create form as a copy of a listed token. */

/** The row's Clone. */
export const CLONE_PARAM = 'clone'
/** Replace: a copy, then the checklist that retires the original. */
export const REPLACE_PARAM = 'replace'
