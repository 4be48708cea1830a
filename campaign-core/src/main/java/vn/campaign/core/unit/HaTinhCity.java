package vn.campaign.core.unit;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The units of Hà Tĩnh City (Thành phố Hà Tĩnh, GSO district code 436), as they stood in 2022: the city,
 * its 10 wards and 5 communes, and the two communes that merged on 1/1/2020 into Xã Đồng Môn: Xã Thạch Môn,
 * whose GSO code 18103 Đồng Môn kept, and Xã Thạch Đồng (18106).
 *
 * @since 0.1.0
 */
public final class HaTinhCity {

    /** The city's code: its GSO district code. */
    public static final UnitCode CODE = new UnitCode("436");

    /** The last day Xã Thạch Môn existed; it merged with Xã Thạch Đồng into Xã Đồng Môn from 1/1/2020. */
    public static final LocalDate THACH_MON_LAST_DAY = LocalDate.of(2019, 12, 31);

    /** The code of Xã Thạch Đồng until its merger into Xã Đồng Môn: the GSO code left free after 18103. */
    public static final UnitCode THACH_DONG = new UnitCode("18106");

    private HaTinhCity() {
    }

    /**
     * The city itself.
     *
     * @return the city unit
     */
    public static Unit city() {
        return Unit.of(CODE.value(), "Thành phố Hà Tĩnh", UnitKind.CITY, null);
    }

    /**
     * The city, its wards and communes, and the historical Xã Thạch Môn and Xã Thạch Đồng with their merger
     * into Xã Đồng Môn.
     *
     * @return the units, city first
     */
    public static List<Unit> units() {
        List<Unit> units = new ArrayList<>();
        units.add(city());
        for (Unit ward : wardsAndCommunes()) {
            if (ward.code().value().equals("18103")) {
                Succession dongMon = new Succession(ward.code(), ward.name(), THACH_MON_LAST_DAY.plusDays(1));
                units.add(new Unit(ward.code(), "Xã Thạch Môn", UnitKind.COMMUNE, CODE, null, THACH_MON_LAST_DAY,
                        dongMon));
                units.add(new Unit(ward.code(), ward.name(), ward.kind(), CODE, dongMon.on(), null));
                units.add(new Unit(THACH_DONG, "Xã Thạch Đồng", UnitKind.COMMUNE, CODE, null, THACH_MON_LAST_DAY,
                        dongMon));
            } else {
                units.add(ward);
            }
        }
        return List.copyOf(units);
    }

    /**
     * The 10 wards and 5 communes of 2022, from the GSO list shipped with the library.
     *
     * @return the wards and communes, in GSO code order
     */
    public static List<Unit> wardsAndCommunes() {
        try (InputStream in = Objects.requireNonNull(HaTinhCity.class.getResourceAsStream("hatinh-city-units-2022.csv"),
                "hatinh-city-units-2022.csv is missing from the library")) {
            return GsoUnitList.read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
