// The demo portal page: what a county portal would do, on the bundled sample data.
import '@shouwang/components';
import { starterHouseholds } from '../data-samples/starter/starter.js';
import {
  fixtureFlags,
  fixtureHouseholds,
  fixtureTownships,
  fixtureVillages,
} from '../packages/components/src/village-map/village-map.fixtures.js';

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

const map = document.querySelector('sw-village-map');
if (map) {
  map.villages = fixtureVillages;
  map.townships = fixtureTownships;
  map.households = fixtureHouseholds;
  map.flags = fixtureFlags;
  map.addEventListener('sw-village-select', (event) => {
    const output = document.querySelector('#village-selected');
    if (output) output.textContent = `已选择：${event.detail.name}（${event.detail.regionCode}）`;
  });
}

document.querySelector<HTMLSelectElement>('#lang')?.addEventListener('change', (event) => {
  document.documentElement.lang = (event.target as HTMLSelectElement).value;
});
