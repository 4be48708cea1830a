/**
 * The issues of an import, shared by every stage that finds one: an {@link vn.campaign.importer.issue.Issue}
 * locates a problem or an assumption by sheet, row and column, names it with a typed
 * {@link vn.campaign.importer.issue.IssueCode} and says it in Vietnamese and English with the core's
 * {@link vn.campaign.core.text.Message}.
 *
 * <p>Each stage owns its codes and writes its message where it finds the problem: the value parsers
 * ({@code ValueIssueCode}) and the row step ({@code RowIssueCode}), both a
 * {@link vn.campaign.importer.issue.DescribedCode}, the mapping ({@code MappingCode}) and the
 * core's rules ({@link vn.campaign.core.rule.RuleCode}, through {@link vn.campaign.importer.issue.RuleIssueCode}).
 * Later stages locate and report an issue; they never write its words again. This package depends on the
 * core only, so that every stage may use it.
 */
@NullMarked
package vn.campaign.importer.issue;

import org.jspecify.annotations.NullMarked;
