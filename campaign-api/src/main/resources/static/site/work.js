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
      plaqueText
      plaqueWork { name }
      evidence { id contentType caption url }
      unit { name }
      campaign { name }
      taskArea { name }
    }
  }
}`;

/** The photos among a work's evidence: images only (no minutes, no documents), oldest first. */
export function photosOf(evidence) {
  return (evidence || []).filter((piece) => piece.contentType.startsWith('image/'));
}

/**
 * Shows a work's photos: its evidence that is an image, each with its caption as alt text and figure caption
 * (or, without one, the work's name and the photo's number), loaded only when scrolled to. The public API lists
 * a work's evidence only once the work is public, and /api/evidence/{id} serves a piece only to whoever may see
 * its work.
 */
export function renderPhotos(photos, workName) {
  if (!photos || !photos.length) {
    return;
  }
  const list = document.getElementById('ds-hinh-anh');
  photos.forEach((photo, index) => {
    list.append(el('li', {}, el('figure', {},
      el('img', {
        src: photo.url,
        alt: photo.caption || `Hình ảnh ${index + 1} của công trình ${workName}`,
        loading: 'lazy',
        decoding: 'async',
      }),
      photo.caption ? el('figcaption', { text: photo.caption }) : '')));
  });
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
      document.getElementById('noi-dung-bien').textContent = work.plaqueText || '';
      document.getElementById('bien-danh-sach').textContent = work.plaqueWork
        ? `Công trình thuộc danh sách gắn biển của thành phố: ${work.plaqueWork.name}.` : '';
      const qr = document.getElementById('ma-qr');
      qr.src = `/api/plaques/${encodeURIComponent(work.id)}/qr.png`;
      qr.alt = `Mã QR của biển công trình, dẫn tới trang của công trình ${work.name}`;
      document.getElementById('tai-qr').href = `/api/plaques/${encodeURIComponent(work.id)}/qr.svg`;
      document.getElementById('bien').hidden = false;
    }
    renderPhotos(photosOf(work.evidence), work.name);
    document.getElementById('cong-trinh').hidden = false;
    status.textContent = '';
    document.body.dataset.loaded = 'true';
  } catch (error) {
    showFailure(status, error);
  }
}

main();
