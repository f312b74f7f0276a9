/** The key under which the chosen theme is kept; the inline head script reads the same key. */
const themeKey = 'theme';

function systemTheme(): 'light' | 'dark' {
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function storedTheme(): string | null {
  try {
    return localStorage.getItem(themeKey);
  } catch {
    return null;
  }
}

/** `<theme-toggle>`: a pressed/unpressed "Dark theme" button that follows the system until clicked. */
class ThemeToggle extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    if (!button) return;
    const show = () => button.setAttribute('aria-pressed', String(document.documentElement.dataset['theme'] === 'dark'));
    button.hidden = false;
    show();
    button.addEventListener('click', () => {
      const next = document.documentElement.dataset['theme'] === 'dark' ? 'light' : 'dark';
      document.documentElement.dataset['theme'] = next;
      try {
        localStorage.setItem(themeKey, next);
      } catch {
        // Storage can be refused (private mode); the theme still applies to this page.
      }
      show();
    });
    window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
      if (storedTheme()) return;
      document.documentElement.dataset['theme'] = systemTheme();
      show();
    });
  }
}

if (!customElements.get('theme-toggle')) customElements.define('theme-toggle', ThemeToggle);
