/**
 * The administrative layout of the platform's documents (Nghị định 30/2020/NĐ-CP, Phụ lục I), shared by every
 * writer of .xlsx and .docx files: the heading block ({@link vn.campaign.api.document.Masthead}: the issuing body
 * and number on the left, the national name, the motto and the place and date on the right), titles, bordered
 * tables, the signature block ({@link vn.campaign.api.document.SignatureBlock}), Times New Roman and the page
 * setup. {@link vn.campaign.api.document.XlsxLayout} lays them out on a sheet, {@link
 * vn.campaign.api.document.DocxLayout} in a document; the writers add only their own tables.
 */
@NullMarked
package vn.campaign.api.document;

import org.jspecify.annotations.NullMarked;
