/**
 * Runs inside the CRM page, injected only when the agent presses "Fill from CRM". It must be
 * self-contained (the browser serialises it), reads text only, and changes nothing on the page.
 * Each field is found by a CSS selector, or by the label shown beside the value.
 */
export function readCrmFields(fields: Record<string, string>): Record<string, string> {
  const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim().slice(0, 500);
  const valueOf = (element: Element | null): string => {
    if (!element) return '';
    if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) {
      return clean(element.value);
    }
    return clean(element.textContent);
  };
  const looksLikeSelector = (spec: string) => /^[#.[]/.test(spec) || /[>\]=]/.test(spec);

  const byLabel = (label: string): string => {
    const wanted = label.trim().toLowerCase().replace(/:$/, '');
    const candidates = Array.from(document.querySelectorAll('label, dt, th, [id]'));
    const found = candidates.find((element) => clean(element.textContent).toLowerCase().replace(/:$/, '') === wanted);
    if (!found) return '';
    if (found instanceof HTMLLabelElement && found.control) return valueOf(found.control);
    if (found.id) {
      const described = document.querySelector(`[aria-labelledby~="${CSS.escape(found.id)}"]`);
      if (described) return valueOf(described);
    }
    if (found.tagName === 'DT' || found.tagName === 'TH') return valueOf(found.nextElementSibling);
    return valueOf(found.nextElementSibling);
  };

  const out: Record<string, string> = {};
  for (const [field, spec] of Object.entries(fields)) {
    if (!spec.trim()) continue;
    try {
      out[field] = looksLikeSelector(spec) ? valueOf(document.querySelector(spec)) : byLabel(spec);
    } catch {
      out[field] = '';
    }
  }
  return out;
}
