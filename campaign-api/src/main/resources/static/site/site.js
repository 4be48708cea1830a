// Shared helpers of the public pages: the GraphQL client (anonymous, same origin), Vietnamese labels and
// formats, and DOM building. Every text from the server goes in through textContent, never as HTML.

/** Hà Tĩnh's offset from UTC: Vietnam keeps no daylight saving time. */
export const VIETNAM_OFFSET = '+07:00';

/**
 * Runs a query against the public GraphQL API, without a token: the public sees approved and completed
 * registrations, the campaign and the compliance summary.
 */
export async function graphql(query, variables = {}) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json().catch(() => null);
  if (!body || body.errors || !response.ok) {
    const message = body && body.errors ? body.errors.map((e) => e.message).join('; ') : `HTTP ${response.status}`;
    throw new Error(message);
  }
  return body.data;
}

/** Every node of a connection, page after page (at most maxPages pages of 100). */
export async function allNodes(query, variables, field, maxPages = 50) {
  const nodes = [];
  let after = null;
  for (let page = 0; page < maxPages; page++) {
    const data = await graphql(query, { ...variables, after });
    const connection = data[field];
    nodes.push(...connection.nodes);
    if (!connection.pageInfo.hasNextPage) {
      break;
    }
    after = connection.pageInfo.endCursor;
  }
  return nodes;
}

export const WORK_KINDS = { INAUGURATION: 'Khánh thành', GROUNDBREAKING: 'Khởi công' };
export const EVENT_KINDS = {
  TRADITIONAL_FESTIVAL: 'Lễ hội truyền thống',
  CULTURAL: 'Sự kiện văn hóa',
  SPORTS: 'Sự kiện thể thao',
};
export const STATUSES = {
  REGISTERED: 'Đã đăng ký',
  APPROVED: 'Đã duyệt',
  REJECTED: 'Không duyệt',
  COMPLETED: 'Đã hoàn thành',
  CANCELLED: 'Đã hủy',
};
export const COMPLIANCE = { SATISFIED: 'Đã đạt', PENDING: 'Đang chờ', MISSING: 'Còn thiếu' };

/** "2022-05-19" as "19/05/2022"; the ISO text is read as a calendar day, with no time zone involved. */
export function formatDay(iso) {
  if (!iso) {
    return '';
  }
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

/** A Money value (a string of digits) as "4.500.000.000 đồng", exact beyond 2^53. */
export function formatMoney(amount) {
  if (amount === null || amount === undefined) {
    return '';
  }
  return `${BigInt(amount).toLocaleString('vi-VN')} đồng`;
}

/** The instant a day starts in Hà Tĩnh. */
export function startOfDay(iso) {
  return new Date(`${iso}T00:00:00${VIETNAM_OFFSET}`);
}

/**
 * The countdown to a day, in Vietnamese: "Còn 12 ngày 3 giờ 5 phút", "Hôm nay" on the day itself, or
 * "Đã diễn ra" after it.
 */
export function countdown(iso, now = new Date()) {
  const start = startOfDay(iso).getTime();
  const end = start + 24 * 3600 * 1000;
  const current = now.getTime();
  if (current >= end) {
    return 'Đã diễn ra';
  }
  if (current >= start) {
    return 'Hôm nay';
  }
  const minutes = Math.ceil((start - current) / 60000);
  const days = Math.floor(minutes / (24 * 60));
  const hours = Math.floor((minutes % (24 * 60)) / 60);
  return `Còn ${days} ngày ${hours} giờ ${minutes % 60} phút`;
}

/** An element with attributes and children (strings become text nodes). */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name === 'text') {
      element.textContent = value;
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== '') {
      element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }
  return element;
}

/** A term and its description in a <dl>, left out when there is no value. */
export function fact(list, term, value) {
  if (value === null || value === undefined || value === '') {
    return;
  }
  list.append(el('div', { class: 'fact' }, el('dt', { text: term }), el('dd', {}, value)));
}

/** Shows the loading state's outcome: cleared on success, an error message otherwise. */
export function showFailure(status, error) {
  status.textContent = 'Không tải được dữ liệu, xin vui lòng thử lại sau.';
  status.classList.add('error');
  status.setAttribute('role', 'alert');
  console.error(error);
}
