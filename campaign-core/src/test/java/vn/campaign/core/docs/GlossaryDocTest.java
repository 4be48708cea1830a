package vn.campaign.core.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.campaign.core.campaign.Directive32;
import vn.campaign.core.campaign.EventKind;
import vn.campaign.core.campaign.TaskArea;
import vn.campaign.core.campaign.WorkKind;
import vn.campaign.core.registration.RegistrationStatus;
import vn.campaign.core.unit.UnitKind;

/** {@code docs/glossary.md} names only classes, fields and constants that exist, and covers the closed sets. */
class GlossaryDocTest {

    private static final String GLOSSARY = Docs.read("glossary.md");

    /** A name relative to {@code vn.campaign.core}: a lower-case package, a class, nested classes, a member. */
    private static final Pattern CODE_NAME = Pattern.compile(
            "`((?:application|campaign|compliance|progress|registration|rule|text|time|unit)\\.[A-Z][A-Za-z0-9_.]*)`");

    @Test
    void everyNameInTheCodeColumnExists() {
        List<String> names = new ArrayList<>();
        Matcher m = CODE_NAME.matcher(GLOSSARY);
        while (m.find()) {
            names.add(m.group(1));
        }

        assertThat(names).hasSizeGreaterThan(60);
        assertThat(names).allSatisfy(name -> assertThat(resolves(name)).as("%s exists", name).isTrue());
    }

    @Test
    void theCheckOfNamesFailsForANameThatDoesNotExist() {
        assertThat(resolves("registration.WorkDetails.investor")).isTrue();
        assertThat(resolves("registration.WorkDetails.owner")).isFalse();
        assertThat(resolves("registration.Plaque")).isFalse();
    }

    @Test
    void givesAVietnameseTermForEveryKindOfUnitWorkAndEventAndEveryStatus() {
        Stream.of(UnitKind.values(), WorkKind.values(), EventKind.values(), RegistrationStatus.values())
                .flatMap(Arrays::stream)
                .forEach(constant -> assertThat(GLOSSARY).as("glossary entry for %s", constant)
                        .containsPattern("\\| `[a-z]+\\." + constant.getDeclaringClass().getSimpleName() + "\\."
                                + constant.name() + "`"));
    }

    @Test
    void listsTheTaskAreasOfDirective32WithTheirNames() {
        List<TaskArea> areas = Directive32.campaign().taskAreas();

        assertThat(areas).hasSize(7);
        for (TaskArea area : areas) {
            assertThat(GLOSSARY).contains("| " + area.name() + " | " + area.nameEn() + " | `" + area.code() + "` |");
        }
    }

    @Test
    void translatesTheTermsOfTheDirective() {
        assertThat(GLOSSARY).contains("| đợt thi đua | emulation campaign |", "| công trình chào mừng | celebratory work",
                "| khánh thành | inauguration", "| khởi công | groundbreaking",
                "| lễ hội văn hóa dân gian truyền thống | traditional folk festival |", "| phường (P.) | ward",
                "| xã (X.) | commune", "| gắn biển", "| Thành ủy |", "| Ban Thường vụ Thành ủy |", "| chỉ thị |",
                "| nghị quyết (NQ) |", "| kết luận (KL) |", "| tổ dân phố (TDP) |", "| chủ đầu tư |", "kinh phí",
                "| nguồn vốn |", "| xã nông thôn mới nâng cao |", "| xã nông thôn mới kiểu mẫu |");
    }

    private static boolean resolves(String name) {
        String[] parts = name.split("\\.");
        String pkg = "vn.campaign.core." + parts[0];
        for (int classEnd = parts.length; classEnd > 1; classEnd--) {
            Optional<Class<?>> type = load(pkg + "." + String.join("$", Arrays.copyOfRange(parts, 1, classEnd)));
            if (type.isPresent()) {
                int members = parts.length - classEnd;
                return members == 0 || members == 1 && hasMember(type.get(), parts[classEnd]);
            }
        }
        return false;
    }

    private static Optional<Class<?>> load(String className) {
        try {
            return Optional.of(Class.forName(className));
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }

    private static boolean hasMember(Class<?> type, String member) {
        RecordComponent[] components = type.isRecord() ? type.getRecordComponents() : new RecordComponent[0];
        return Arrays.stream(components).anyMatch(c -> c.getName().equals(member))
                || Arrays.stream(type.getFields()).map(Field::getName).anyMatch(member::equals)
                || Arrays.stream(type.getMethods()).map(Method::getName).anyMatch(member::equals);
    }
}
