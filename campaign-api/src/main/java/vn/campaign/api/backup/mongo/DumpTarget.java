package vn.campaign.api.backup.mongo;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Where the files of a dump go: a directory, or the entries of a zip.
 */
interface DumpTarget {

    /**
     * Opens one file of the dump for writing; the caller closes it before opening the next.
     *
     * @param relativePath the file's path in the dump, with {@code /} between names
     * @return the stream
     * @throws IOException if it cannot be created
     */
    OutputStream open(String relativePath) throws IOException;

    /**
     * Files under a directory, created as needed.
     *
     * @param directory the dump's root directory
     * @return the target
     */
    static DumpTarget directory(Path directory) {
        return relativePath -> {
            Path file = directory.resolve(relativePath);
            Path parent = file.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return Files.newOutputStream(file);
        };
    }

    /**
     * Entries of a zip; closing a file's stream closes its entry, not the zip.
     *
     * @param zip the zip
     * @return the target
     */
    static DumpTarget zip(ZipOutputStream zip) {
        return relativePath -> {
            zip.putNextEntry(new ZipEntry(relativePath));
            return new FilterOutputStream(zip) {
                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    out.write(bytes, offset, length);
                }

                @Override
                public void close() throws IOException {
                    flush();
                    zip.closeEntry();
                }
            };
        };
    }
}
