// The 404 page: when the address was a mistyped guide, offer the guide whose id is nearest.
import { nearestId, typedGuideId } from '../search/nearest-id.ts';
import { guidePath } from '../site.ts';

const slot = document.querySelector<HTMLElement>('[data-nearest-guide]');
const typed = typedGuideId(location.pathname);
const ids = (slot?.dataset['ids'] ?? '').split(' ').filter(Boolean);
const id = typed ? nearestId(typed, ids) : undefined;
if (slot && id) {
  const anchor = document.createElement('a');
  anchor.href = guidePath(id);
  anchor.textContent = guidePath(id);
  slot.replaceChildren('Did you mean ', anchor, '?');
  slot.hidden = false;
}
