package com.dealercrm.lead.mapping;

import com.dealercrm.lead.LeadStage;
import java.util.List;

/** My Pipeline: one kanban column per stage, with the caller's active leads in it. */
public record PipelineView(List<Column> columns) {

    /** A stage's column: {@code count} is every lead in it, {@code leads} at most the requested size. */
    public record Column(LeadStage stage, long count, List<LeadView> leads) {
    }
}
