package vn.campaign.importer.source;

/**
 * The kinds of file the importer reads, as told by their first bytes.
 */
public enum FileType {
    /** An Office Open XML workbook: a ZIP archive ({@code PK\3\4}). */
    XLSX,
    /** A BIFF8 workbook of Excel 97–2003 inside an OLE2 compound file ({@code D0 CF 11 E0}). */
    XLS,
    /** Delimited text: anything that is neither a ZIP, an OLE2 file nor binary data. */
    CSV
}
