package com.mockmate.scoring;

import java.io.Serializable;
import java.math.BigDecimal;

/** Points per dimension (0..100) and the weighted total, to two decimals. */
public record ScoreCard(
        BigDecimal technical, BigDecimal depth, BigDecimal communication, BigDecimal grammar, BigDecimal total)
        implements Serializable {}
