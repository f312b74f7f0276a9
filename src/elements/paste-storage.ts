// Where this tab keeps a page's paste for Back and reload: read by the loader (to load the reader early) and the reader.

/** The session storage key of the paste kept for the page at `path`. */
export const pasteStorageKey = (path: string) => `paste-box:${path}`;
