// Who may ask an admin, and the link that starts the request: the guide, the paste box and the admin pages share it. Pure.

/** Whether a workspace admin can act on a variant: the catalogue names the admin, or the error is the organization's. */
export function adminCanAct(variant: { group: string; actor: string }): boolean {
  return variant.actor === 'admin' || variant.group === 'organization';
}

/** Where a member makes a request link, from the site root. */
export const requestPath = '/admin/request/';

/** The request page with a variant (and the tool that printed it) filled in. */
export function requestPageHref(variant: string, tool?: string): string {
  const fields = new URLSearchParams({ variant });
  if (tool) fields.set('tool', tool);
  return `${requestPath}#${fields}`;
}
