"""Contains all the data models used in inputs/outputs"""

from .action_response import ActionResponse
from .available_capacity import AvailableCapacity
from .batch_request import BatchRequest
from .batch_request_item import BatchRequestItem
from .batch_response import BatchResponse
from .batch_response_headers import BatchResponseHeaders
from .batch_response_item import BatchResponseItem
from .battery import Battery
from .battery_capacity import BatteryCapacity
from .capability import Capability
from .capability_reason import CapabilityReason
from .capacity_source import CapacitySource
from .charge_action import ChargeAction
from .charge_action_type import ChargeActionType
from .charge_limit import ChargeLimit
from .charge_state import ChargeState
from .charge_status import ChargeStatus
from .compatibility import Compatibility
from .compatibility_matrix import CompatibilityMatrix
from .compatibility_matrix_entry import CompatibilityMatrixEntry
from .compatibility_reason import CompatibilityReason
from .connection import Connection
from .connections import Connections
from .cursor_paging import CursorPaging
from .deleted_connection import DeletedConnection
from .deleted_connections import DeletedConnections
from .destination import Destination
from .diagnostic_status import DiagnosticStatus
from .diagnostic_system import DiagnosticSystem
from .diagnostic_system_status import DiagnosticSystemStatus
from .diagnostic_trouble_code import DiagnosticTroubleCode
from .diagnostic_trouble_codes import DiagnosticTroubleCodes
from .disconnect_response import DisconnectResponse
from .engine_oil import EngineOil
from .error_resolution import ErrorResolution
from .fuel import Fuel
from .grant_type import GrantType
from .location import Location
from .lock_status import LockStatus
from .lock_status_item import LockStatusItem
from .mode import Mode
from .nominal_capacity import NominalCapacity
from .nominal_capacity_value import NominalCapacityValue
from .o_auth_error import OAuthError
from .odometer import Odometer
from .paging import Paging
from .permissions import Permissions
from .powertrain_type import PowertrainType
from .region import Region
from .resource_links import ResourceLinks
from .security_action import SecurityAction
from .security_action_type import SecurityActionType
from .service_cost import ServiceCost
from .service_detail import ServiceDetail
from .service_record import ServiceRecord
from .service_task import ServiceTask
from .set_charge_limit_request import SetChargeLimitRequest
from .signal import Signal
from .signal_attributes import SignalAttributes
from .signal_error import SignalError
from .signal_list import SignalList
from .signal_meta import SignalMeta
from .signal_status import SignalStatus
from .signal_status_value import SignalStatusValue
from .smartcar_error import SmartcarError
from .smartcar_error_v1 import SmartcarErrorV1
from .tire_pressure import TirePressure
from .token_request import TokenRequest
from .token_response import TokenResponse
from .unit_system import UnitSystem
from .unsubscribe_response import UnsubscribeResponse
from .user import User
from .v3_error import V3Error
from .v3_error_object import V3ErrorObject
from .vehicle_attributes import VehicleAttributes
from .vehicle_list import VehicleList
from .vehicle_v3 import VehicleV3
from .vehicle_v3_attributes import VehicleV3Attributes
from .vin import Vin
from .webhook_challenge_response import WebhookChallengeResponse
from .webhook_subscription import WebhookSubscription
from .webhook_v2_event_payload import WebhookV2EventPayload
from .webhook_v2_payload import WebhookV2Payload
from .webhook_v2_vehicle import WebhookV2Vehicle
from .webhook_v2_vehicles_payload import WebhookV2VehiclesPayload
from .webhook_v2_verify_payload import WebhookV2VerifyPayload
from .webhook_v4_event import WebhookV4Event
from .webhook_v4_meta import WebhookV4Meta
from .webhook_v4_signal import WebhookV4Signal
from .webhook_v4_signal_ref import WebhookV4SignalRef
from .webhook_v4_trigger import WebhookV4Trigger
from .webhook_v4_user import WebhookV4User
from .webhook_v4_vehicle import WebhookV4Vehicle
from .webhook_v4_vehicle_error import WebhookV4VehicleError
from .webhook_v4_vehicle_error_data import WebhookV4VehicleErrorData
from .webhook_v4_vehicle_error_event import WebhookV4VehicleErrorEvent
from .webhook_v4_vehicle_state_data import WebhookV4VehicleStateData
from .webhook_v4_vehicle_state_event import WebhookV4VehicleStateEvent
from .webhook_v4_verify_data import WebhookV4VerifyData
from .webhook_v4_verify_event import WebhookV4VerifyEvent

__all__ = (
    "ActionResponse",
    "AvailableCapacity",
    "BatchRequest",
    "BatchRequestItem",
    "BatchResponse",
    "BatchResponseHeaders",
    "BatchResponseItem",
    "Battery",
    "BatteryCapacity",
    "Capability",
    "CapabilityReason",
    "CapacitySource",
    "ChargeAction",
    "ChargeActionType",
    "ChargeLimit",
    "ChargeState",
    "ChargeStatus",
    "Compatibility",
    "CompatibilityMatrix",
    "CompatibilityMatrixEntry",
    "CompatibilityReason",
    "Connection",
    "Connections",
    "CursorPaging",
    "DeletedConnection",
    "DeletedConnections",
    "Destination",
    "DiagnosticStatus",
    "DiagnosticSystem",
    "DiagnosticSystemStatus",
    "DiagnosticTroubleCode",
    "DiagnosticTroubleCodes",
    "DisconnectResponse",
    "EngineOil",
    "ErrorResolution",
    "Fuel",
    "GrantType",
    "Location",
    "LockStatus",
    "LockStatusItem",
    "Mode",
    "NominalCapacity",
    "NominalCapacityValue",
    "OAuthError",
    "Odometer",
    "Paging",
    "Permissions",
    "PowertrainType",
    "Region",
    "ResourceLinks",
    "SecurityAction",
    "SecurityActionType",
    "ServiceCost",
    "ServiceDetail",
    "ServiceRecord",
    "ServiceTask",
    "SetChargeLimitRequest",
    "Signal",
    "SignalAttributes",
    "SignalError",
    "SignalList",
    "SignalMeta",
    "SignalStatus",
    "SignalStatusValue",
    "SmartcarError",
    "SmartcarErrorV1",
    "TirePressure",
    "TokenRequest",
    "TokenResponse",
    "UnitSystem",
    "UnsubscribeResponse",
    "User",
    "V3Error",
    "V3ErrorObject",
    "VehicleAttributes",
    "VehicleList",
    "VehicleV3",
    "VehicleV3Attributes",
    "Vin",
    "WebhookChallengeResponse",
    "WebhookSubscription",
    "WebhookV2EventPayload",
    "WebhookV2Payload",
    "WebhookV2Vehicle",
    "WebhookV2VehiclesPayload",
    "WebhookV2VerifyPayload",
    "WebhookV4Event",
    "WebhookV4Meta",
    "WebhookV4Signal",
    "WebhookV4SignalRef",
    "WebhookV4Trigger",
    "WebhookV4User",
    "WebhookV4Vehicle",
    "WebhookV4VehicleError",
    "WebhookV4VehicleErrorData",
    "WebhookV4VehicleErrorEvent",
    "WebhookV4VehicleStateData",
    "WebhookV4VehicleStateEvent",
    "WebhookV4VerifyData",
    "WebhookV4VerifyEvent",
)
