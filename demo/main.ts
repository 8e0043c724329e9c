// The demo portal page: what a county portal would do, on the bundled sample data.
import '@shouwang/components';
import { starterHouseholds } from '../data-samples/starter/starter.js';

function cell(text: string, className?: string): HTMLTableCellElement {
  const td = document.createElement('td');
  td.textContent = text; // data strings are never rendered as HTML
  if (className) td.className = className;
  return td;
}

function renderHouseholds(tbody: HTMLTableSectionElement): void {
  const rows = starterHouseholds()
    .sort((a, b) => b.score - a.score)
    .map((household) => {
      const tr = document.createElement('tr');
      const lamps = document.createElement('sw-lamps');
      lamps.lit = household.lamps;
      const lampsCell = document.createElement('td');
      lampsCell.append(lamps);
      tr.append(
        cell(household.householdId),
        cell(household.village),
        cell(String(household.score), 'number'),
        lampsCell,
        cell(household.cause || '—'),
      );
      return tr;
    });
  tbody.replaceChildren(...rows);
}

const tbody = document.querySelector<HTMLTableSectionElement>('#households tbody');
if (tbody) renderHouseholds(tbody);

document.querySelector<HTMLSelectElement>('#lang')?.addEventListener('change', (event) => {
  document.documentElement.lang = (event.target as HTMLSelectElement).value;
});
