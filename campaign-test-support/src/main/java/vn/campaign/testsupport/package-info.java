/**
 * Files for tests, written the way the city's wards wrote their lists: {@link vn.campaign.testsupport.LegacySheet}
 * lays out title lines, a header and rows as an {@code .xlsx}, {@code .xls} or {@code .csv} file;
 * {@link vn.campaign.testsupport.LegacyWorks} fills it with valid works spread over the wards and communes;
 * {@link vn.campaign.testsupport.UnreadableFiles} makes workbooks no reader can open. It knows nothing of the
 * importer: a test that needs a legacy encoding (TCVN3, VNI) encodes its texts before handing them over.
 */
@NullMarked
package vn.campaign.testsupport;

import org.jspecify.annotations.NullMarked;
