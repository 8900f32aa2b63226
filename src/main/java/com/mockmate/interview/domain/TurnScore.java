package com.mockmate.interview.domain;

import com.mockmate.base.domain.AbstractEntity;
import com.mockmate.scoring.ScoreCard;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The numbers of one evaluated turn; a failed turn never gets a row. */
@Entity
@Table(name = "scores")
public class TurnScore extends AbstractEntity {

    @Column(name = "turn_id", nullable = false, unique = true)
    private UUID turnId;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal technical;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal depth;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal communication;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal grammar;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal total;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected TurnScore() {}

    public TurnScore(UUID turnId, ScoreCard card, Instant now) {
        this.turnId = turnId;
        this.technical = card.technical();
        this.depth = card.depth();
        this.communication = card.communication();
        this.grammar = card.grammar();
        this.total = card.total();
        this.createdAt = now;
    }

    public UUID getTurnId() {
        return turnId;
    }

    public ScoreCard toCard() {
        return new ScoreCard(technical, depth, communication, grammar, total);
    }
}
