"""Contains all the data models used in inputs/outputs.

Customised (scripts/templates): models are imported on first use, not all at once, so importing
the package stays cheap; `from smartcar_openapi.models import Odometer` works as before.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .action_response import ActionResponse
    from .application_token_request import ApplicationTokenRequest
    from .application_token_request_grant_type import ApplicationTokenRequestGrantType
    from .application_token_response import ApplicationTokenResponse
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
    from .charge_limit_attributes import ChargeLimitAttributes
    from .charge_limit_request import ChargeLimitRequest
    from .charge_limit_request_data import ChargeLimitRequestData
    from .charge_schedule_attributes import ChargeScheduleAttributes
    from .charge_schedule_execution import ChargeScheduleExecution
    from .charge_schedule_execution_attributes import ChargeScheduleExecutionAttributes
    from .charge_schedule_execution_attributes_parameters import ChargeScheduleExecutionAttributesParameters
    from .charge_schedule_execution_resource import ChargeScheduleExecutionResource
    from .charge_schedule_execution_resource_links import ChargeScheduleExecutionResourceLinks
    from .charge_schedule_request import ChargeScheduleRequest
    from .charge_schedule_request_data import ChargeScheduleRequestData
    from .charge_state import ChargeState
    from .charge_status import ChargeStatus
    from .command_execution import CommandExecution
    from .command_execution_attributes import CommandExecutionAttributes
    from .command_execution_attributes_parameters import CommandExecutionAttributesParameters
    from .command_execution_resource import CommandExecutionResource
    from .command_execution_resource_links import CommandExecutionResourceLinks
    from .compatibility import Compatibility
    from .compatibility_matrix import CompatibilityMatrix
    from .compatibility_matrix_entry import CompatibilityMatrixEntry
    from .compatibility_reason import CompatibilityReason
    from .compatible_vehicle import CompatibleVehicle
    from .compatible_vehicle_attributes import CompatibleVehicleAttributes
    from .compatible_vehicle_attributes_years import CompatibleVehicleAttributesYears
    from .compatible_vehicle_capability import CompatibleVehicleCapability
    from .compatible_vehicle_list import CompatibleVehicleList
    from .connection import Connection
    from .connection_document import ConnectionDocument
    from .connection_list import ConnectionList
    from .connection_v3 import ConnectionV3
    from .connection_v3_attributes import ConnectionV3Attributes
    from .connection_v3_links import ConnectionV3Links
    from .connection_v3_relationships import ConnectionV3Relationships
    from .connections import Connections
    from .cursor_paging import CursorPaging
    from .deleted_connection import DeletedConnection
    from .deleted_connections import DeletedConnections
    from .destination import Destination
    from .destination_request import DestinationRequest
    from .destination_request_data import DestinationRequestData
    from .diagnostic_status import DiagnosticStatus
    from .diagnostic_system import DiagnosticSystem
    from .diagnostic_system_status import DiagnosticSystemStatus
    from .diagnostic_trouble_code import DiagnosticTroubleCode
    from .diagnostic_trouble_codes import DiagnosticTroubleCodes
    from .disconnect_response import DisconnectResponse
    from .engine_oil import EngineOil
    from .error_resolution import ErrorResolution
    from .execution_meta import ExecutionMeta
    from .execution_status import ExecutionStatus
    from .fuel import Fuel
    from .geo_point import GeoPoint
    from .grant_type import GrantType
    from .json_api_links import JsonApiLinks
    from .location import Location
    from .lock_status import LockStatus
    from .lock_status_item import LockStatusItem
    from .mode import Mode
    from .nominal_capacity import NominalCapacity
    from .nominal_capacity_value import NominalCapacityValue
    from .o_auth_error import OAuthError
    from .odometer import Odometer
    from .page_meta import PageMeta
    from .paging import Paging
    from .permissions import Permissions
    from .powertrain_type import PowertrainType
    from .region import Region
    from .relationship import Relationship
    from .relationship_data import RelationshipData
    from .relationship_links import RelationshipLinks
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
    from .signal_body_boolean import SignalBodyBoolean
    from .signal_body_capacity import SignalBodyCapacity
    from .signal_body_charge_limit import SignalBodyChargeLimit
    from .signal_body_charge_limit_condition import SignalBodyChargeLimitCondition
    from .signal_body_charge_limits import SignalBodyChargeLimits
    from .signal_body_closure import SignalBodyClosure
    from .signal_body_closures import SignalBodyClosures
    from .signal_body_nominal_capacity import SignalBodyNominalCapacity
    from .signal_body_open import SignalBodyOpen
    from .signal_body_open_locked import SignalBodyOpenLocked
    from .signal_body_precise_location import SignalBodyPreciseLocation
    from .signal_body_quantity import SignalBodyQuantity
    from .signal_body_range import SignalBodyRange
    from .signal_body_string import SignalBodyString
    from .signal_body_values import SignalBodyValues
    from .signal_document import SignalDocument
    from .signal_error import SignalError
    from .signal_error_resolution import SignalErrorResolution
    from .signal_included import SignalIncluded
    from .signal_list import SignalList
    from .signal_meta import SignalMeta
    from .signal_page_meta import SignalPageMeta
    from .signal_resource_meta import SignalResourceMeta
    from .signal_status import SignalStatus
    from .signal_status_value import SignalStatusValue
    from .smartcar_error import SmartcarError
    from .smartcar_error_v1 import SmartcarErrorV1
    from .subscription_accepted import SubscriptionAccepted
    from .subscription_accepted_meta import SubscriptionAcceptedMeta
    from .subscription_list import SubscriptionList
    from .subscription_request import SubscriptionRequest
    from .subscription_request_attributes import SubscriptionRequestAttributes
    from .subscription_request_data import SubscriptionRequestData
    from .timestamps_meta import TimestampsMeta
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
    from .vehicle_mode_v3 import VehicleModeV3
    from .vehicle_summary_v3 import VehicleSummaryV3
    from .vehicle_v3 import VehicleV3
    from .vehicle_v3_attributes import VehicleV3Attributes
    from .vehicle_v3_document import VehicleV3Document
    from .vin import Vin
    from .webhook_attributes import WebhookAttributes
    from .webhook_challenge_response import WebhookChallengeResponse
    from .webhook_data_resource import WebhookDataResource
    from .webhook_list import WebhookList
    from .webhook_resource import WebhookResource
    from .webhook_resource_links import WebhookResourceLinks
    from .webhook_resource_type import WebhookResourceType
    from .webhook_signal_ref import WebhookSignalRef
    from .webhook_subscription import WebhookSubscription
    from .webhook_subscription_attributes import WebhookSubscriptionAttributes
    from .webhook_subscription_data_resource import WebhookSubscriptionDataResource
    from .webhook_subscription_relationships import WebhookSubscriptionRelationships
    from .webhook_subscription_resource import WebhookSubscriptionResource
    from .webhook_subscription_resource_links import WebhookSubscriptionResourceLinks
    from .webhook_subscription_resource_type import WebhookSubscriptionResourceType
    from .webhook_v2_event_payload import WebhookV2EventPayload
    from .webhook_v2_payload import WebhookV2Payload
    from .webhook_v2_vehicle import WebhookV2Vehicle
    from .webhook_v2_vehicles_payload import WebhookV2VehiclesPayload
    from .webhook_v2_verify_payload import WebhookV2VerifyPayload
    from .webhook_v4_event import WebhookV4Event
    from .webhook_v4_meta import WebhookV4Meta
    from .webhook_v4_signal import WebhookV4Signal
    from .webhook_v4_signal_meta import WebhookV4SignalMeta
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

_MODULE_OF = {
    "ActionResponse": ".action_response",
    "ApplicationTokenRequest": ".application_token_request",
    "ApplicationTokenRequestGrantType": ".application_token_request_grant_type",
    "ApplicationTokenResponse": ".application_token_response",
    "AvailableCapacity": ".available_capacity",
    "BatchRequest": ".batch_request",
    "BatchRequestItem": ".batch_request_item",
    "BatchResponse": ".batch_response",
    "BatchResponseHeaders": ".batch_response_headers",
    "BatchResponseItem": ".batch_response_item",
    "Battery": ".battery",
    "BatteryCapacity": ".battery_capacity",
    "Capability": ".capability",
    "CapabilityReason": ".capability_reason",
    "CapacitySource": ".capacity_source",
    "ChargeAction": ".charge_action",
    "ChargeActionType": ".charge_action_type",
    "ChargeLimit": ".charge_limit",
    "ChargeLimitAttributes": ".charge_limit_attributes",
    "ChargeLimitRequest": ".charge_limit_request",
    "ChargeLimitRequestData": ".charge_limit_request_data",
    "ChargeScheduleAttributes": ".charge_schedule_attributes",
    "ChargeScheduleExecution": ".charge_schedule_execution",
    "ChargeScheduleExecutionAttributes": ".charge_schedule_execution_attributes",
    "ChargeScheduleExecutionAttributesParameters": ".charge_schedule_execution_attributes_parameters",
    "ChargeScheduleExecutionResource": ".charge_schedule_execution_resource",
    "ChargeScheduleExecutionResourceLinks": ".charge_schedule_execution_resource_links",
    "ChargeScheduleRequest": ".charge_schedule_request",
    "ChargeScheduleRequestData": ".charge_schedule_request_data",
    "ChargeState": ".charge_state",
    "ChargeStatus": ".charge_status",
    "CommandExecution": ".command_execution",
    "CommandExecutionAttributes": ".command_execution_attributes",
    "CommandExecutionAttributesParameters": ".command_execution_attributes_parameters",
    "CommandExecutionResource": ".command_execution_resource",
    "CommandExecutionResourceLinks": ".command_execution_resource_links",
    "Compatibility": ".compatibility",
    "CompatibilityMatrix": ".compatibility_matrix",
    "CompatibilityMatrixEntry": ".compatibility_matrix_entry",
    "CompatibilityReason": ".compatibility_reason",
    "CompatibleVehicle": ".compatible_vehicle",
    "CompatibleVehicleAttributes": ".compatible_vehicle_attributes",
    "CompatibleVehicleAttributesYears": ".compatible_vehicle_attributes_years",
    "CompatibleVehicleCapability": ".compatible_vehicle_capability",
    "CompatibleVehicleList": ".compatible_vehicle_list",
    "Connection": ".connection",
    "ConnectionDocument": ".connection_document",
    "ConnectionList": ".connection_list",
    "ConnectionV3": ".connection_v3",
    "ConnectionV3Attributes": ".connection_v3_attributes",
    "ConnectionV3Links": ".connection_v3_links",
    "ConnectionV3Relationships": ".connection_v3_relationships",
    "Connections": ".connections",
    "CursorPaging": ".cursor_paging",
    "DeletedConnection": ".deleted_connection",
    "DeletedConnections": ".deleted_connections",
    "Destination": ".destination",
    "DestinationRequest": ".destination_request",
    "DestinationRequestData": ".destination_request_data",
    "DiagnosticStatus": ".diagnostic_status",
    "DiagnosticSystem": ".diagnostic_system",
    "DiagnosticSystemStatus": ".diagnostic_system_status",
    "DiagnosticTroubleCode": ".diagnostic_trouble_code",
    "DiagnosticTroubleCodes": ".diagnostic_trouble_codes",
    "DisconnectResponse": ".disconnect_response",
    "EngineOil": ".engine_oil",
    "ErrorResolution": ".error_resolution",
    "ExecutionMeta": ".execution_meta",
    "ExecutionStatus": ".execution_status",
    "Fuel": ".fuel",
    "GeoPoint": ".geo_point",
    "GrantType": ".grant_type",
    "JsonApiLinks": ".json_api_links",
    "Location": ".location",
    "LockStatus": ".lock_status",
    "LockStatusItem": ".lock_status_item",
    "Mode": ".mode",
    "NominalCapacity": ".nominal_capacity",
    "NominalCapacityValue": ".nominal_capacity_value",
    "OAuthError": ".o_auth_error",
    "Odometer": ".odometer",
    "PageMeta": ".page_meta",
    "Paging": ".paging",
    "Permissions": ".permissions",
    "PowertrainType": ".powertrain_type",
    "Region": ".region",
    "Relationship": ".relationship",
    "RelationshipData": ".relationship_data",
    "RelationshipLinks": ".relationship_links",
    "ResourceLinks": ".resource_links",
    "SecurityAction": ".security_action",
    "SecurityActionType": ".security_action_type",
    "ServiceCost": ".service_cost",
    "ServiceDetail": ".service_detail",
    "ServiceRecord": ".service_record",
    "ServiceTask": ".service_task",
    "SetChargeLimitRequest": ".set_charge_limit_request",
    "Signal": ".signal",
    "SignalAttributes": ".signal_attributes",
    "SignalBodyBoolean": ".signal_body_boolean",
    "SignalBodyCapacity": ".signal_body_capacity",
    "SignalBodyChargeLimit": ".signal_body_charge_limit",
    "SignalBodyChargeLimitCondition": ".signal_body_charge_limit_condition",
    "SignalBodyChargeLimits": ".signal_body_charge_limits",
    "SignalBodyClosure": ".signal_body_closure",
    "SignalBodyClosures": ".signal_body_closures",
    "SignalBodyNominalCapacity": ".signal_body_nominal_capacity",
    "SignalBodyOpen": ".signal_body_open",
    "SignalBodyOpenLocked": ".signal_body_open_locked",
    "SignalBodyPreciseLocation": ".signal_body_precise_location",
    "SignalBodyQuantity": ".signal_body_quantity",
    "SignalBodyRange": ".signal_body_range",
    "SignalBodyString": ".signal_body_string",
    "SignalBodyValues": ".signal_body_values",
    "SignalDocument": ".signal_document",
    "SignalError": ".signal_error",
    "SignalErrorResolution": ".signal_error_resolution",
    "SignalIncluded": ".signal_included",
    "SignalList": ".signal_list",
    "SignalMeta": ".signal_meta",
    "SignalPageMeta": ".signal_page_meta",
    "SignalResourceMeta": ".signal_resource_meta",
    "SignalStatus": ".signal_status",
    "SignalStatusValue": ".signal_status_value",
    "SmartcarError": ".smartcar_error",
    "SmartcarErrorV1": ".smartcar_error_v1",
    "SubscriptionAccepted": ".subscription_accepted",
    "SubscriptionAcceptedMeta": ".subscription_accepted_meta",
    "SubscriptionList": ".subscription_list",
    "SubscriptionRequest": ".subscription_request",
    "SubscriptionRequestAttributes": ".subscription_request_attributes",
    "SubscriptionRequestData": ".subscription_request_data",
    "TimestampsMeta": ".timestamps_meta",
    "TirePressure": ".tire_pressure",
    "TokenRequest": ".token_request",
    "TokenResponse": ".token_response",
    "UnitSystem": ".unit_system",
    "UnsubscribeResponse": ".unsubscribe_response",
    "User": ".user",
    "V3Error": ".v3_error",
    "V3ErrorObject": ".v3_error_object",
    "VehicleAttributes": ".vehicle_attributes",
    "VehicleList": ".vehicle_list",
    "VehicleModeV3": ".vehicle_mode_v3",
    "VehicleSummaryV3": ".vehicle_summary_v3",
    "VehicleV3": ".vehicle_v3",
    "VehicleV3Attributes": ".vehicle_v3_attributes",
    "VehicleV3Document": ".vehicle_v3_document",
    "Vin": ".vin",
    "WebhookAttributes": ".webhook_attributes",
    "WebhookChallengeResponse": ".webhook_challenge_response",
    "WebhookDataResource": ".webhook_data_resource",
    "WebhookList": ".webhook_list",
    "WebhookResource": ".webhook_resource",
    "WebhookResourceLinks": ".webhook_resource_links",
    "WebhookResourceType": ".webhook_resource_type",
    "WebhookSignalRef": ".webhook_signal_ref",
    "WebhookSubscription": ".webhook_subscription",
    "WebhookSubscriptionAttributes": ".webhook_subscription_attributes",
    "WebhookSubscriptionDataResource": ".webhook_subscription_data_resource",
    "WebhookSubscriptionRelationships": ".webhook_subscription_relationships",
    "WebhookSubscriptionResource": ".webhook_subscription_resource",
    "WebhookSubscriptionResourceLinks": ".webhook_subscription_resource_links",
    "WebhookSubscriptionResourceType": ".webhook_subscription_resource_type",
    "WebhookV2EventPayload": ".webhook_v2_event_payload",
    "WebhookV2Payload": ".webhook_v2_payload",
    "WebhookV2Vehicle": ".webhook_v2_vehicle",
    "WebhookV2VehiclesPayload": ".webhook_v2_vehicles_payload",
    "WebhookV2VerifyPayload": ".webhook_v2_verify_payload",
    "WebhookV4Event": ".webhook_v4_event",
    "WebhookV4Meta": ".webhook_v4_meta",
    "WebhookV4Signal": ".webhook_v4_signal",
    "WebhookV4SignalMeta": ".webhook_v4_signal_meta",
    "WebhookV4SignalRef": ".webhook_v4_signal_ref",
    "WebhookV4Trigger": ".webhook_v4_trigger",
    "WebhookV4User": ".webhook_v4_user",
    "WebhookV4Vehicle": ".webhook_v4_vehicle",
    "WebhookV4VehicleError": ".webhook_v4_vehicle_error",
    "WebhookV4VehicleErrorData": ".webhook_v4_vehicle_error_data",
    "WebhookV4VehicleErrorEvent": ".webhook_v4_vehicle_error_event",
    "WebhookV4VehicleStateData": ".webhook_v4_vehicle_state_data",
    "WebhookV4VehicleStateEvent": ".webhook_v4_vehicle_state_event",
    "WebhookV4VerifyData": ".webhook_v4_verify_data",
    "WebhookV4VerifyEvent": ".webhook_v4_verify_event",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(list(globals()) + list(_MODULE_OF))


__all__ = (
    "ActionResponse",
    "ApplicationTokenRequest",
    "ApplicationTokenRequestGrantType",
    "ApplicationTokenResponse",
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
    "ChargeLimitAttributes",
    "ChargeLimitRequest",
    "ChargeLimitRequestData",
    "ChargeScheduleAttributes",
    "ChargeScheduleExecution",
    "ChargeScheduleExecutionAttributes",
    "ChargeScheduleExecutionAttributesParameters",
    "ChargeScheduleExecutionResource",
    "ChargeScheduleExecutionResourceLinks",
    "ChargeScheduleRequest",
    "ChargeScheduleRequestData",
    "ChargeState",
    "ChargeStatus",
    "CommandExecution",
    "CommandExecutionAttributes",
    "CommandExecutionAttributesParameters",
    "CommandExecutionResource",
    "CommandExecutionResourceLinks",
    "Compatibility",
    "CompatibilityMatrix",
    "CompatibilityMatrixEntry",
    "CompatibilityReason",
    "CompatibleVehicle",
    "CompatibleVehicleAttributes",
    "CompatibleVehicleAttributesYears",
    "CompatibleVehicleCapability",
    "CompatibleVehicleList",
    "Connection",
    "ConnectionDocument",
    "ConnectionList",
    "Connections",
    "ConnectionV3",
    "ConnectionV3Attributes",
    "ConnectionV3Links",
    "ConnectionV3Relationships",
    "CursorPaging",
    "DeletedConnection",
    "DeletedConnections",
    "Destination",
    "DestinationRequest",
    "DestinationRequestData",
    "DiagnosticStatus",
    "DiagnosticSystem",
    "DiagnosticSystemStatus",
    "DiagnosticTroubleCode",
    "DiagnosticTroubleCodes",
    "DisconnectResponse",
    "EngineOil",
    "ErrorResolution",
    "ExecutionMeta",
    "ExecutionStatus",
    "Fuel",
    "GeoPoint",
    "GrantType",
    "JsonApiLinks",
    "Location",
    "LockStatus",
    "LockStatusItem",
    "Mode",
    "NominalCapacity",
    "NominalCapacityValue",
    "OAuthError",
    "Odometer",
    "PageMeta",
    "Paging",
    "Permissions",
    "PowertrainType",
    "Region",
    "Relationship",
    "RelationshipData",
    "RelationshipLinks",
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
    "SignalBodyBoolean",
    "SignalBodyCapacity",
    "SignalBodyChargeLimit",
    "SignalBodyChargeLimitCondition",
    "SignalBodyChargeLimits",
    "SignalBodyClosure",
    "SignalBodyClosures",
    "SignalBodyNominalCapacity",
    "SignalBodyOpen",
    "SignalBodyOpenLocked",
    "SignalBodyPreciseLocation",
    "SignalBodyQuantity",
    "SignalBodyRange",
    "SignalBodyString",
    "SignalBodyValues",
    "SignalDocument",
    "SignalError",
    "SignalErrorResolution",
    "SignalIncluded",
    "SignalList",
    "SignalMeta",
    "SignalPageMeta",
    "SignalResourceMeta",
    "SignalStatus",
    "SignalStatusValue",
    "SmartcarError",
    "SmartcarErrorV1",
    "SubscriptionAccepted",
    "SubscriptionAcceptedMeta",
    "SubscriptionList",
    "SubscriptionRequest",
    "SubscriptionRequestAttributes",
    "SubscriptionRequestData",
    "TimestampsMeta",
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
    "VehicleModeV3",
    "VehicleSummaryV3",
    "VehicleV3",
    "VehicleV3Attributes",
    "VehicleV3Document",
    "Vin",
    "WebhookAttributes",
    "WebhookChallengeResponse",
    "WebhookDataResource",
    "WebhookList",
    "WebhookResource",
    "WebhookResourceLinks",
    "WebhookResourceType",
    "WebhookSignalRef",
    "WebhookSubscription",
    "WebhookSubscriptionAttributes",
    "WebhookSubscriptionDataResource",
    "WebhookSubscriptionRelationships",
    "WebhookSubscriptionResource",
    "WebhookSubscriptionResourceLinks",
    "WebhookSubscriptionResourceType",
    "WebhookV2EventPayload",
    "WebhookV2Payload",
    "WebhookV2Vehicle",
    "WebhookV2VehiclesPayload",
    "WebhookV2VerifyPayload",
    "WebhookV4Event",
    "WebhookV4Meta",
    "WebhookV4Signal",
    "WebhookV4SignalMeta",
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
