package vn.campaign.core.unit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads a list of wards and communes in the layout the General Statistics Office (GSO) publishes:
 * a CSV with the header {@code ward_code,name,type,district_code,district,province_code,province}.
 *
 * <p>Each row becomes a ward ({@code type} "Phường"), a commune ("Xã") or a township ("Thị trấn")
 * under the district's code. Fields must not contain commas.
 *
 * @since 0.1.0
 */
public final class GsoUnitList {

    private static final String HEADER = "ward_code,name,type,district_code,district,province_code,province";

    private GsoUnitList() {
    }

    /**
     * Reads the units of a GSO list.
     *
     * @param source the CSV text
     * @return the wards, communes and townships, in file order
     * @throws IllegalArgumentException naming the line when the list is malformed
     */
    public static List<Unit> read(Reader source) {
        Objects.requireNonNull(source, "source");
        List<Unit> units = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(source)) {
            String header = lines.readLine();
            if (header == null || !header.strip().replace("\uFEFF", "").equals(HEADER)) {
                throw new IllegalArgumentException("GSO unit list line 1: expected header '" + HEADER + "'");
            }
            String line;
            int number = 1;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                if (f.length != 7) {
                    throw new IllegalArgumentException("GSO unit list line " + number + ": expected 7 fields, got "
                            + f.length);
                }
                UnitKind kind = switch (f[2].strip()) {
                    case "Phường" -> UnitKind.WARD;
                    case "Xã" -> UnitKind.COMMUNE;
                    case "Thị trấn" -> UnitKind.TOWNSHIP;
                    default -> throw new IllegalArgumentException("GSO unit list line " + number
                            + ": type must be Phường, Xã or Thị trấn, got '" + f[2] + "'");
                };
                try {
                    units.add(Unit.of(f[0].strip(), f[1], kind, f[3].strip()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("GSO unit list line " + number + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return units;
    }
}
