/**
 * Notes: an office's internal documents (meeting minutes, working-group summaries), in Markdown,
 * written and edited by the team, searchable.
 */
@NullMarked
package io.rayonne.notes;

import org.jspecify.annotations.NullMarked;
