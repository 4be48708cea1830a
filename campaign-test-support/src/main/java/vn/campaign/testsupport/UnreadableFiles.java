package vn.campaign.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Workbooks a reader cannot open without what the sender kept to themselves.
 */
public final class UnreadableFiles {

    private UnreadableFiles() {
    }

    /**
     * A one-cell workbook ("Tên công trình" on a sheet "Công trình") protected by a password.
     *
     * @param password the password
     * @return the bytes of the OLE2 container
     */
    public static byte[] encrypted(String password) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Công trình").createRow(0).createCell(0).setCellValue("Tên công trình");
            workbook.write(out);
            return encrypted(out.toByteArray(), password);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A workbook protected by a password, as Excel writes it: agile encryption in an OLE2 container.
     *
     * @param workbook the bytes of an {@code .xlsx} workbook
     * @param password the password
     * @return the bytes of the OLE2 container
     */
    public static byte[] encrypted(byte[] workbook, String password) {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream data = encryptor.getDataStream(fs)) {
                data.write(workbook);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("agile encryption is not available", e);
        }
    }
}
