// The demo portal page: what a county portal does with Shouwang, on the bundled 南昌县 sample.
// Data flows one way: exports → @shouwang/scoring (ingest, score, profiles) → elements; the
// elements talk back only through their sw- events, and this page routes them.
import '@shouwang/components';
import { maskPersonal } from '@shouwang/scoring';
import {
  sampleCounty,
  type SampleCounty,
} from '../packages/components/src/test-support/sample-county.js';

const area = document.querySelector('sw-area-profile');
const work = document.querySelector('sw-work-profile');
const board = document.querySelector('sw-village-board');
const map = document.querySelector('sw-village-map');
const card = document.querySelector('sw-household-card');
const status = document.querySelector<HTMLElement>('#status');

function cell(text: string, className?: string): HTMLTableCellElement {
  const td = document.createElement('td');
  td.textContent = text; // data strings are never rendered as HTML
  if (className) td.className = className;
  return td;
}

/** The households of one village, highest score first, each with its lamps. */
function showHouseholds(county: SampleCounty, villageCode: string, villageName: string): void {
  const scored = county.result.table;
  const ids = scored.array('householdId') as ArrayLike<string>;
  const regions = scored.array('regionCode') as ArrayLike<string>;
  const scores = scored.array('score') as ArrayLike<number>;
  const lamps = scored.array('lamps') as ArrayLike<number>;
  const households = county.ingest.tables.households;
  const heads = new Map<string, string>();
  if (households) {
    const hid = households.array('householdId') as ArrayLike<string>;
    const names = households.array('headName') as ArrayLike<string>;
    for (let i = 0; i < hid.length; i++) heads.set(hid[i] ?? '', names[i] ?? '');
  }
  const rows: { id: string; score: number; lamps: number }[] = [];
  for (let i = 0; i < ids.length; i++) {
    if (regions[i] === villageCode) {
      rows.push({ id: ids[i] ?? '', score: scores[i] ?? 0, lamps: lamps[i] ?? 0 });
    }
  }
  rows.sort((a, b) => b.score - a.score);
  const nameOutput = document.querySelector<HTMLElement>('#village-name');
  if (nameOutput) nameOutput.textContent = villageName;
  const tbody = document.querySelector<HTMLTableSectionElement>('#households tbody');
  tbody?.replaceChildren(
    ...rows.map((row) => {
      const tr = document.createElement('tr');
      tr.dataset['householdId'] = row.id;
      const lampsCell = document.createElement('td');
      const lampsElement = document.createElement('sw-lamps');
      lampsElement.lit = row.lamps;
      lampsCell.append(lampsElement);
      const open = document.createElement('button');
      open.type = 'button';
      open.textContent = '查看';
      open.setAttribute('aria-label', `查看 ${row.id}`);
      open.addEventListener('click', () => {
        openHousehold(row.id);
      });
      const action = document.createElement('td');
      action.append(open);
      tr.append(
        cell(row.id),
        cell(maskPersonal(heads.get(row.id) ?? '', 'name')),
        cell(String(row.score), 'number'),
        lampsCell,
        action,
      );
      return tr;
    }),
  );
  if (rows[0]) openHousehold(rows[0].id);
}

function openHousehold(householdId: string): void {
  if (card) card.householdId = householdId;
  for (const tr of document.querySelectorAll<HTMLTableRowElement>('#households tbody tr')) {
    tr.setAttribute('aria-current', String(tr.dataset['householdId'] === householdId));
  }
}

function showRegion(regionCode: string): void {
  if (area) area.regionCode = regionCode;
  if (work) work.regionCode = regionCode;
  if (map) map.regionCode = regionCode;
}

async function start(): Promise<void> {
  const county = await sampleCounty('nanchang');
  const countyCode = '360121';
  for (const element of [area, work, board]) if (element) element.profiles = county.profiles;
  showRegion(countyCode);
  if (map) {
    map.villages = county.villages;
    map.townships = county.townships;
    map.flags = county.profiles.flags.filter((flag) => flag.level === 'village');
  }
  if (card) {
    card.result = county.result;
    card.orders = county.orders;
    card.inputs = county.ingest.tables as NonNullable<typeof card.inputs>;
  }
  // Every element has the same loading and error attributes.
  for (const element of [area, work, board, map, card]) if (element) element.loading = false;
  const names = new Map(
    county.villages.features.map((f) => [f.properties.regionCode, f.properties.name]),
  );
  document.addEventListener('sw-village-select', (event) => {
    showRegion(event.detail.regionCode);
    showHouseholds(county, event.detail.regionCode, event.detail.name);
  });
  document.addEventListener('sw-region-change', (event) => {
    showRegion(event.detail.regionCode);
    if (event.detail.level === 'village') {
      showHouseholds(county, event.detail.regionCode, names.get(event.detail.regionCode) ?? '');
    }
  });
  document.addEventListener('sw-household-open', (event) => {
    openHousehold(event.detail.householdId);
  });
  const firstRed = county.profiles.flags.find((f) => f.level === 'village' && f.flag === 'red');
  if (firstRed) showHouseholds(county, firstRed.regionCode, firstRed.name ?? firstRed.regionCode);
  if (status) {
    const { read, rejected } = county.ingest.stats;
    status.textContent = `已读取 ${read} 行（拒收 ${rejected} 行），评分 ${county.result.table.numRows()} 户，截至 ${county.result.asOf}。`;
  }
}

document.querySelector<HTMLSelectElement>('#lang')?.addEventListener('change', (event) => {
  document.documentElement.lang = (event.target as HTMLSelectElement).value;
});
document.querySelector<HTMLInputElement>('#big-screen')?.addEventListener('change', (event) => {
  const on = (event.target as HTMLInputElement).checked;
  for (const element of document.querySelectorAll(
    'sw-area-profile, sw-work-profile, sw-village-board, sw-village-map, sw-household-card',
  )) {
    element.toggleAttribute('big-screen', on);
  }
});
document.querySelector<HTMLButtonElement>('#to-county')?.addEventListener('click', () => {
  showRegion('360121');
});

start().catch((error: unknown) => {
  if (status)
    status.textContent = `样例数据无法读取：${error instanceof Error ? error.message : String(error)}`;
  for (const element of [area, work, board, map, card]) {
    if (element) element.error = error instanceof Error ? error.message : String(error);
  }
});
