/**
 * Campaigns and their definitions: the directive a campaign implements, its period, anniversaries, task areas with key tasks, registration obligations, measurable targets and the works selected for a plaque. Directive 32-CT/Th.Uy ships built in; other campaigns are read from JSON or YAML.
 *
 * @since 0.1.0
 */
@NullMarked
package vn.campaign.core.campaign;

import org.jspecify.annotations.NullMarked;
