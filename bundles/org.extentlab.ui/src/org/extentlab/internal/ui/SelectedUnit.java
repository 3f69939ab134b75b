package org.extentlab.internal.ui;

/** An allocation unit (block or cluster) selected on the Volume Map, with the item holding it (0: none). */
public record SelectedUnit(long unit, long owner) {
}
