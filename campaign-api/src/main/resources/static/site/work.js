// A work's public page at /works/{id}: what the work is, who registered it, its investment, its plaque with
// the QR code, and its photos.
import {
  el, fact, formatDay, formatMoney, graphql, showFailure, STATUSES, WORK_KINDS,
} from './site.js';

const WORK = `
query PublicWork($id: ID!) {
  node(id: $id) {
    ... on Work {
      id name kind status plannedOn actualOn location scale investment fundingSource investor plaqueAwarded
      unit { name }
      campaign { name }
      taskArea { name }
    }
  }
}`;

/**
 * Shows a work's photos: a list of { url, caption }. The API does not publish evidence photos yet; once Work
 * has public evidence, add its fields to WORK above and pass them here.
 */
export function renderPhotos(photos) {
  if (!photos || !photos.length) {
    return;
  }
  const list = document.getElementById('ds-hinh-anh');
  for (const photo of photos) {
    list.append(el('li', {}, el('figure', {},
      el('img', { src: photo.url, alt: photo.caption || 'Hình ảnh công trình', loading: 'lazy' }),
      photo.caption ? el('figcaption', { text: photo.caption }) : '')));
  }
  document.getElementById('hinh-anh').hidden = false;
}

async function main() {
  const status = document.getElementById('trang-thai');
  const id = decodeURIComponent(location.pathname.split('/').filter(Boolean).pop() || '');
  try {
    const work = (await graphql(WORK, { id })).node;
    if (!work || !work.name) {
      document.title = 'Không tìm thấy công trình — Thành phố Hà Tĩnh';
      status.textContent = 'Không tìm thấy công trình này, hoặc công trình chưa được công khai.';
      return;
    }
    document.title = `${work.name} — Thành phố Hà Tĩnh`;
    document.getElementById('ten-cong-trinh').textContent = work.name;
    document.getElementById('don-vi-cong-trinh').textContent = `${work.unit.name} · ${work.campaign.name}`;
    const facts = document.getElementById('thong-tin');
    fact(facts, 'Loại', WORK_KINDS[work.kind]);
    fact(facts, 'Tình trạng', STATUSES[work.status]);
    fact(facts, 'Ngày dự kiến', formatDay(work.plannedOn));
    fact(facts, 'Ngày tổ chức', formatDay(work.actualOn));
    fact(facts, 'Lĩnh vực', work.taskArea && work.taskArea.name);
    fact(facts, 'Địa điểm', work.location);
    fact(facts, 'Quy mô', work.scale);
    fact(facts, 'Tổng mức đầu tư', formatMoney(work.investment));
    fact(facts, 'Nguồn vốn', work.fundingSource);
    fact(facts, 'Chủ đầu tư', work.investor);
    fact(facts, 'Biển công trình', work.plaqueAwarded ? 'Được gắn biển công trình chào mừng' : 'Không');
    if (work.plaqueAwarded) {
      const qr = document.getElementById('ma-qr');
      qr.src = `/api/plaques/${encodeURIComponent(work.id)}/qr.png`;
      qr.alt = `Mã QR của biển công trình, dẫn tới trang của công trình ${work.name}`;
      document.getElementById('tai-qr').href = `/api/plaques/${encodeURIComponent(work.id)}/qr.svg`;
      document.getElementById('bien').hidden = false;
    }
    document.getElementById('cong-trinh').hidden = false;
    status.textContent = '';
    document.body.dataset.loaded = 'true';
  } catch (error) {
    showFailure(status, error);
  }
}

main();
