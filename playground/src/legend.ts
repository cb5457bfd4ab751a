// The colour key, so no role is told by colour alone: a swatch and the role's name for
// every role, and the marks for the glued-source boundary and the diagnostics.

import { h } from './dom.js';
import { ROLE_LABELS, ROLES } from './roles.js';
import { SEVERITY_ICONS } from './severity.js';

export function legend(): HTMLElement {
  return h(
    'ul',
    { class: 'legend', 'aria-label': 'Legend' },
    ...ROLES.map((role) => h('li', {}, h('span', { class: `swatch role-${role}` }, 'Ab'), ROLE_LABELS[role])),
    h('li', {}, h('span', { class: 'swatch role-summary' }, 'ab', h('span', { class: 'glued role-source' }, 'CD')), 'glued source boundary'),
    h('li', {}, h('span', { class: 'swatch flagged', 'data-severity': 'error' }, 'Ab'), `${SEVERITY_ICONS.error} error`),
    h('li', {}, h('span', { class: 'swatch flagged', 'data-severity': 'warning' }, 'Ab'), `${SEVERITY_ICONS.warning} warning`),
    h('li', {}, h('span', { class: 'swatch flagged', 'data-severity': 'info' }, 'Ab'), `${SEVERITY_ICONS.info} info`),
  );
}
