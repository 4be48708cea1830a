// The public page at /: the campaign, its anniversaries with a countdown, the wards and communes with what
// they registered and whether they meet the directive, the approved works, and the events by month.
import {
  allNodes, COMPLIANCE, countdown, el, EVENT_KINDS, formatDay, formatMoney, graphql, showFailure, STATUSES,
  WORK_KINDS,
} from './site.js';

const CAMPAIGN = `
query PublicCampaign($code: String!) {
  campaign(code: $code) {
    code name startsOn endsOn
    directive { number issuedOn issuer }
    anniversaries { name since celebratedOn years }
    compliance {
      requiredUnits compliantUnits
      units {
        unit { code name }
        compliant
        obligations { obligation { code name minimum } status approved pending overdue }
      }
    }
  }
}`;

const WORKS = `
query PublicWorks($code: String!, $after: String) {
  works(filter: {campaignCode: $code, statuses: [APPROVED, COMPLETED]}, first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes {
      id name kind status plannedOn actualOn location investment plaqueAwarded
      evidence { contentType caption url }
      unit { code name }
    }
  }
}`;

const EVENTS = `
query PublicEvents($code: String!, $after: String) {
  events(filter: {campaignCode: $code, statuses: [APPROVED, COMPLETED]}, first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { id name kind status startsOn endsOn actualOn venue unit { code name } }
  }
}`;

/** The campaign named by ?dot=CODE, or else the newest one. */
async function campaignCode() {
  const asked = new URLSearchParams(location.search).get('dot');
  if (asked) {
    return asked;
  }
  const data = await graphql('{ campaigns { code } }');
  return data.campaigns.length ? data.campaigns[0].code : null;
}

function byUnit(registrations) {
  const counts = new Map();
  for (const registration of registrations) {
    counts.set(registration.unit.code, (counts.get(registration.unit.code) || 0) + 1);
  }
  return counts;
}

function renderCampaign(campaign) {
  document.getElementById('tieu-de').textContent = campaign.name;
  document.title = `${campaign.name} — Thành phố Hà Tĩnh`;
  const directive = campaign.directive;
  document.getElementById('chi-thi').textContent =
    `Thực hiện Chỉ thị số ${directive.number} ngày ${formatDay(directive.issuedOn)} của ${directive.issuer}, `
    + `từ ngày ${formatDay(campaign.startsOn)} đến ngày ${formatDay(campaign.endsOn)}.`;
}

function renderAnniversaries(anniversaries) {
  const list = document.getElementById('ds-ky-niem');
  const timers = [];
  for (const anniversary of anniversaries) {
    const timer = el('p', { class: 'countdown', role: 'timer', 'aria-atomic': 'true' },
      countdown(anniversary.celebratedOn));
    timers.push([timer, anniversary.celebratedOn]);
    list.append(el('li', { class: 'card' },
      el('h3', { text: `Kỷ niệm ${anniversary.name}` }),
      el('p', {}, 'Ngày kỷ niệm: ',
        el('time', { datetime: anniversary.celebratedOn, text: formatDay(anniversary.celebratedOn) })),
      timer));
  }
  setInterval(() => timers.forEach(([timer, day]) => { timer.textContent = countdown(day); }), 30000);
}

function renderUnits(compliance, works, events) {
  document.getElementById('tong-hop-don-vi').textContent =
    `${compliance.compliantUnits}/${compliance.requiredUnits} phường, xã đã hoàn thành yêu cầu của chỉ thị.`;
  const worksByUnit = byUnit(works);
  const eventsByUnit = byUnit(events);
  const list = document.getElementById('ds-don-vi');
  for (const entry of compliance.units) {
    const obligations = el('ul', { class: 'obligations' });
    for (const status of entry.obligations) {
      obligations.append(el('li', { class: `obligation ${status.status.toLowerCase()}` },
        el('span', { class: 'badge', text: COMPLIANCE[status.status] }), ' ',
        `${status.obligation.name}: ${status.approved}/${status.obligation.minimum} đã được tính`,
        status.pending - status.overdue > 0 ? `, ${status.pending - status.overdue} chờ duyệt` : '',
        status.overdue ? `, ${status.overdue} quá hạn chưa hoàn thành` : ''));
    }
    const code = entry.unit.code;
    list.append(el('li', { class: `card unit ${entry.compliant ? 'compliant' : 'not-compliant'}`, 'data-unit': code },
      el('h3', { text: entry.unit.name }),
      el('p', { class: 'verdict' },
        el('span', { class: 'badge', text: entry.compliant ? 'Đạt yêu cầu' : 'Chưa đạt yêu cầu' })),
      obligations,
      el('p', { class: 'registered' },
        `Đã được duyệt: ${worksByUnit.get(code) || 0} công trình, ${eventsByUnit.get(code) || 0} sự kiện.`)));
  }
}

function renderWorks(works) {
  const container = document.getElementById('ds-cong-trinh');
  const plaques = works.filter((work) => work.plaqueAwarded).length;
  document.getElementById('tong-hop-cong-trinh').textContent =
    `${works.length} công trình đã được duyệt hoặc đã hoàn thành, ${plaques} công trình được gắn biển.`;
  let list = null;
  let unitCode = null;
  for (const work of works) {
    if (work.unit.code !== unitCode) {
      unitCode = work.unit.code;
      list = el('ul', { class: 'cards works' });
      container.append(el('h3', { class: 'group', text: work.unit.name }), list);
    }
    const day = work.actualOn
      ? ['Tổ chức ngày ', el('time', { datetime: work.actualOn, text: formatDay(work.actualOn) })]
      : ['Dự kiến ngày ', el('time', { datetime: work.plannedOn, text: formatDay(work.plannedOn) })];
    const photo = (work.evidence || []).find((piece) => piece.contentType.startsWith('image/'));
    list.append(el('li', { class: 'card work' },
      photo ? el('img', {
        class: 'thumb', src: photo.url, alt: photo.caption || `Hình ảnh công trình ${work.name}`,
        loading: 'lazy', decoding: 'async', width: 96, height: 72,
      }) : '',
      el('h4', {}, el('a', { href: `/works/${encodeURIComponent(work.id)}`, text: work.name })),
      el('p', { class: 'meta' }, `${WORK_KINDS[work.kind]} · ${STATUSES[work.status]}`,
        work.plaqueAwarded ? el('span', { class: 'badge plaque', text: 'Gắn biển' }) : ''),
      el('p', {}, ...day),
      work.investment ? el('p', {}, `Tổng mức đầu tư: ${formatMoney(work.investment)}`) : '',
      work.location ? el('p', {}, `Địa điểm: ${work.location}`) : ''));
  }
  if (!works.length) {
    container.append(el('p', { text: 'Chưa có công trình nào được duyệt.' }));
  }
}

function renderCalendar(events) {
  const container = document.getElementById('ds-su-kien');
  const sorted = [...events].sort((a, b) => (a.actualOn || a.startsOn).localeCompare(b.actualOn || b.startsOn)
    || a.name.localeCompare(b.name, 'vi'));
  let month = null;
  let list = null;
  for (const event of sorted) {
    const day = event.actualOn || event.startsOn;
    if (day.slice(0, 7) !== month) {
      month = day.slice(0, 7);
      list = el('ul', { class: 'calendar' });
      container.append(el('h3', { class: 'group', text: `Tháng ${Number(month.slice(5))}/${month.slice(0, 4)}` }), list);
    }
    const when = event.endsOn && !event.actualOn
      ? [el('time', { datetime: event.startsOn, text: formatDay(event.startsOn) }), ' – ',
        el('time', { datetime: event.endsOn, text: formatDay(event.endsOn) })]
      : [el('time', { datetime: day, text: formatDay(day) })];
    list.append(el('li', { class: 'calendar-entry' },
      el('p', { class: 'when' }, ...when),
      el('div', {},
        el('p', { class: 'what', text: event.name }),
        el('p', { class: 'meta' }, `${EVENT_KINDS[event.kind]} · ${event.unit.name}`,
          event.venue ? ` · ${event.venue}` : '', ` · ${STATUSES[event.status]}`))));
  }
  if (!events.length) {
    container.append(el('p', { text: 'Chưa có sự kiện nào được duyệt.' }));
  }
}

async function main() {
  const status = document.getElementById('trang-thai');
  try {
    const code = await campaignCode();
    if (!code) {
      status.textContent = 'Chưa có đợt thi đua nào.';
      return;
    }
    const [campaignData, works, events] = await Promise.all([
      graphql(CAMPAIGN, { code }),
      allNodes(WORKS, { code }, 'works'),
      allNodes(EVENTS, { code }, 'events'),
    ]);
    const campaign = campaignData.campaign;
    if (!campaign) {
      status.textContent = `Không có đợt thi đua mã ${code}.`;
      return;
    }
    renderCampaign(campaign);
    renderAnniversaries(campaign.anniversaries);
    renderUnits(campaign.compliance, works, events);
    renderWorks(works);
    renderCalendar(events);
    status.textContent = '';
    document.body.dataset.loaded = 'true';
  } catch (error) {
    showFailure(status, error);
  }
}

main();
