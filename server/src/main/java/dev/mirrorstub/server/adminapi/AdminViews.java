package dev.mirrorstub.server.adminapi;

import dev.mirrorstub.server.admin.FaultRequest;
import dev.mirrorstub.server.admin.JournalEntry;
import dev.mirrorstub.server.admin.MirrorChange;
import dev.mirrorstub.server.config.StubConfig;
import dev.mirrorstub.server.domain.MirrorTopic;
import dev.mirrorstub.server.faults.Fault;
import dev.mirrorstub.server.generated.admin.model.CreatedMirror;
import dev.mirrorstub.server.generated.admin.model.StubFault;
import dev.mirrorstub.server.generated.admin.model.StubFaultKind;
import dev.mirrorstub.server.generated.admin.model.StubFaultRequest;
import dev.mirrorstub.server.generated.admin.model.StubLag;
import dev.mirrorstub.server.generated.admin.model.StubMirror;
import dev.mirrorstub.server.generated.admin.model.StubMirrorChange;
import dev.mirrorstub.server.generated.admin.model.StubRequest;
import dev.mirrorstub.server.generated.admin.model.StubState;
import dev.mirrorstub.server.generated.admin.model.StubTransitionError;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** The admin's values as the generated models of admin.yaml, and the models' requests as the admin's values. */
final class AdminViews {

  private AdminViews() {
  }

  /** The records map one to one onto the schema (same names, same shapes), so they convert field by field. */
  static StubState state(List<StubConfig.Cluster> clusters) {
    StubState state = AdminBodies.MAPPER.convertValue(Map.of("clusters", clusters), StubState.class);
    // A link without a prefix has the empty one in the records; the document leaves it out.
    state.getClusters().forEach(c -> c.getLinks().forEach(l -> l.setPrefix("".equals(l.getPrefix()) ? null
        : l.getPrefix())));
    return state;
  }

  static StubMirror mirror(MirrorTopic m) {
    return new StubMirror()
        .source(m.sourceTopicName())
        .mirrorTopicName(m.mirrorTopicName())
        .status(StubMirror.StatusEnum.fromValue(m.status().name()))
        .lags(m.lags().stream().map(l -> new StubLag().lag(l.lag()).lastSourceFetchOffset(l.lastSourceFetchOffset()))
            .toList())
        .mirrorTopicError(m.mirrorTopicError())
        .stateTransitionErrors(m.stateTransitionErrors().stream()
            .map(e -> new StubTransitionError().errorCode(e.errorCode()).errorMessage(e.errorMessage())).toList());
  }

  static CreatedMirror created(MirrorTopic m) {
    return new CreatedMirror().clusterId(m.clusterId()).linkName(m.linkName()).mirrorTopicName(m.mirrorTopicName())
        .sourceTopicName(m.sourceTopicName()).status(m.status().name());
  }

  static StubFault fault(Fault f) {
    FaultRequest.Kind kind = FaultRequest.Kind.of(f);
    StubFault view = new StubFault()
        .id(f.id())
        .kind(StubFaultKind.fromValue(kind.spelling()))
        .retryAfter(f.retryAfter())
        .clusterId(f.clusterId())
        .linkName(f.linkName())
        .operationId(f.operationId())
        .afterProcessing(f.afterProcessing())
        .times(f.times() < 0 ? null : f.times())
        .remaining(f.remaining())
        .injected(f.injected());
    if (f.kind() == Fault.Kind.DELAY) {
      return view.delayMs(f.delay().toMillis());
    }
    view.status(f.status());
    return f.kind() == Fault.Kind.SERVER_ERROR ? view.errorCode(f.errorCode()).message(f.message()) : view;
  }

  static FaultRequest faultRequest(StubFaultRequest r) {
    return new FaultRequest(r.getKind() == null ? null : FaultRequest.Kind.valueOf(r.getKind().name()), r.getTimes(),
        r.getClusterId(), r.getLinkName(), r.getOperationId(), r.getAfterProcessing(), r.getStatus(),
        r.getErrorCode(), r.getMessage(), r.getRetryAfterSeconds(), r.getRetryAfterDate(), r.getDelayMs());
  }

  static MirrorChange change(StubMirrorChange c) {
    List<MirrorChange.Partition> partitions = c.getPartitions() == null ? null : c.getPartitions().stream()
        .map(p -> p == null ? null : new MirrorChange.Partition(p.getPartition(), p.getLag(),
            p.getLastSourceFetchOffset())).toList();
    List<MirrorTopic.TransitionError> errors = c.getStateTransitionErrors() == null ? null
        : c.getStateTransitionErrors().stream()
            .map(e -> e == null ? null : new MirrorTopic.TransitionError(e.getErrorCode(), e.getErrorMessage())).toList();
    return new MirrorChange(c.getStatus(), c.getLags(), c.getLastSourceFetchOffsets(), partitions,
        c.getMirrorTopicError(), errors);
  }

  static StubRequest request(JournalEntry e) {
    return new StubRequest()
        .id(e.id())
        .time(e.time().atOffset(ZoneOffset.UTC))
        .method(e.method())
        .path(e.path())
        .query(e.query())
        .operationId(e.operationId())
        .headers(e.headers())
        .principal(e.principal())
        .body(e.body())
        .bodySize(e.bodySize())
        .bodyTruncated(e.bodyTruncated())
        .status(e.status())
        .responseBody(e.responseBody())
        .responseBodySize(e.responseBodySize())
        .responseBodyTruncated(e.responseBodyTruncated())
        .durationMs(e.durationMs());
  }
}
