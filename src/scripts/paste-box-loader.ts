// Loads the paste box's reader only when someone reaches for the box (or this tab kept a paste for this page),
// so pages where it is secondary stay light.
const events = ['focusin', 'pointerdown', 'dragenter'] as const;

function kept(): boolean {
  try {
    return Boolean(sessionStorage.getItem(`paste-box:${location.pathname}`));
  } catch {
    return false;
  }
}

for (const box of document.querySelectorAll<HTMLElement>('paste-box[data-lazy]')) {
  const load = () => {
    for (const type of events) box.removeEventListener(type, load);
    void import('./paste-box.ts');
  };
  if (kept()) load();
  else for (const type of events) box.addEventListener(type, load, { once: true });
}

export {};
