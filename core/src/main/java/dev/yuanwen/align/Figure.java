package dev.yuanwen.align;

/** TEMPORARY: replaced by the figures branch. */
record Figure(double value, double tolerance, String surface, int start, int end) {}
