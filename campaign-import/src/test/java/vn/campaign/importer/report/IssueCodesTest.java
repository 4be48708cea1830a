package vn.campaign.importer.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.campaign.core.rule.FieldPath;
import vn.campaign.core.rule.RuleCode;
import vn.campaign.core.rule.Severity;
import vn.campaign.core.text.Message;
import vn.campaign.importer.issue.Issue;
import vn.campaign.importer.issue.RuleIssueCode;
import vn.campaign.importer.mapping.MappingCode;
import vn.campaign.importer.parse.RowIssueCode;
import vn.campaign.importer.value.ValueIssueCode;

class IssueCodesTest {

    @Test
    void givesEachStageItsOwnTypedCodeBackByName() {
        assertThat(IssueCodes.named("DATE_IS_MONTH")).isSameAs(ValueIssueCode.DATE_IS_MONTH);
        assertThat(IssueCodes.named("UNIT_MISSING")).isSameAs(RowIssueCode.UNIT_MISSING);
        assertThat(IssueCodes.named("UNIT_AMBIGUOUS")).isSameAs(MappingCode.UNIT_AMBIGUOUS);
        assertThat(IssueCodes.named("DATE_OUTSIDE_CAMPAIGN")).isSameAs(RuleIssueCode.of(RuleCode.DATE_OUTSIDE_CAMPAIGN));
    }

    @Test
    void keepsACodeOfANewerServerByItsName() {
        assertThat(IssueCodes.named("SOMETHING_NEW")).hasToString("SOMETHING_NEW")
                .extracting(code -> code.name()).isEqualTo("SOMETHING_NEW");
    }

    @Test
    void readsBackAnIssueOfACodeItDoesNotKnowAsItWasWritten() {
        Issue issue = new Issue("S", 3, "B", IssueCodes.named("SOMETHING_NEW"), Severity.WARNING,
                new Message("Điều mới.", "Something new."), "x", FieldPath.of("funding", "amount"));
        FileReport file = new FileReport("f.csv", "CSV", null, new Counts(1, 1, 0, 0, 0, 0, Map.of()), List.of(),
                List.of(), List.of(), List.of(issue), 1);
        ImportReport report = new ImportReport("CT32-2022", true, List.of(file));

        String json = ReportJson.toJson(report);

        assertThat(json).contains("\"code\" : \"SOMETHING_NEW\"", "\"field\" : \"funding.amount\"");
        assertThat(ReportJson.read(json)).isEqualTo(report);
    }
}
