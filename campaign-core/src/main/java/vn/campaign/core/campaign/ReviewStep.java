package vn.campaign.core.campaign;

/**
 * A step of a campaign's review of registrations, named by the role that decides at it: the city office that
 * checks files, the city leadership that approves, or the city administrator. A campaign lists its steps in
 * order ({@link ReviewProcess}); each names a different role.
 *
 * @since 0.3.0
 */
public enum ReviewStep {
    /** Quản trị thành phố: the city administrator, the one step of Directive 32's review. */
    CITY_ADMIN,
    /** Văn phòng (bộ phận thi đua) thành phố: checks the files, asks for more information. */
    CITY_OFFICE,
    /** Lãnh đạo thành phố: approves once the files are in order. */
    CITY_LEADERSHIP
}
