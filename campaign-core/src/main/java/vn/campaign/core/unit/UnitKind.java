package vn.campaign.core.unit;

/**
 * What a unit is.
 *
 * @since 0.1.0
 */
public enum UnitKind {
    /** Thành phố: the city. */
    CITY(true),
    /** Phường: an urban ward. */
    WARD(true),
    /** Xã: a rural commune. */
    COMMUNE(true),
    /** Thị trấn: a township. */
    TOWNSHIP(true),
    /** Cơ quan: a state agency or department. */
    AGENCY(false),
    /** Tổ chức đảng: a party organisation. */
    PARTY_ORGANISATION(false),
    /** Đoàn thể: a mass organisation (youth union, women's union, …). */
    MASS_ORGANISATION(false),
    /** Trường học: a school. */
    SCHOOL(false),
    /** Doanh nghiệp: an enterprise. */
    ENTERPRISE(false);

    private final boolean territorial;

    UnitKind(boolean territorial) {
        this.territorial = territorial;
    }

    /**
     * Whether units of this kind are administrative territories (with a GSO code).
     *
     * @return {@code true} for the city, wards, communes and townships
     */
    public boolean isTerritorial() {
        return territorial;
    }
}
