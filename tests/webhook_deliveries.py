"""Webhook deliveries in the shapes Smartcar sends them (VW ID.4, Tesla, BYD, Polestar).

Bodies are kept as the exact bytes a receiver gets: signatures are over these bytes. Ids are
replaced; the shapes (top-level ``triggers``, ``"Group.Name"`` signal strings mixed with
objects, ``meta`` without ``version``/``webhookId``, epoch milliseconds with ``0`` for unknown,
an unsigned ``VERIFY`` without ``eventId``) are as observed.
"""

from __future__ import annotations

VW_STATE = b"""{
  "eventId": "0d3a6f7e-5b1c-4a2d-9e8f-7c6b5a4d3e2f",
  "eventType": "VEHICLE_STATE",
  "triggers": [
    {"type": "SIGNAL_UPDATED", "signal": "TractionBattery.StateOfCharge"},
    {"type": "SIGNAL_UPDATED", "signal": "Charge.ChargeLimits"}
  ],
  "data": {
    "user": {"id": "6f1c9a2e-8b3d-4e5f-a6b7-c8d9e0f1a2b3"},
    "vehicle": {"id": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d", "make": "VOLKSWAGEN",
                "model": "ID.4", "year": 2023, "powertrainType": "BEV"},
    "signals": [
      {"code": "tractionbattery-stateofcharge", "name": "StateOfCharge", "group": "TractionBattery",
       "body": {"value": 63, "unit": "percent"}, "status": {"value": "SUCCESS"},
       "meta": {"oemUpdatedAt": 1761896340000, "retrievedAt": 1761896345000}},
      {"code": "charge-chargelimits", "name": "ChargeLimits", "group": "Charge",
       "body": {"values": [{"type": "GLOBAL", "limit": 80}], "activeLimit": 80, "unit": "percent"},
       "status": {"value": "SUCCESS"}, "meta": {"oemUpdatedAt": 0, "retrievedAt": 1761896345000}},
      {"code": "tractionbattery-range", "name": "Range", "group": "TractionBattery",
       "body": {"value": 253, "type": "DEFAULT", "additionalValues": [], "unit": "kilometers"},
       "meta": {"retrievedAt": 1761896345000}},
      {"code": "closure-doors", "name": "Doors", "group": "Closure",
       "body": {"values": [{"row": 0, "column": 0, "isOpen": false, "isLocked": true}],
                "rowCount": 2, "columnCount": 2},
       "status": {"value": "ERROR", "error": {"type": "UPSTREAM", "code": "UNKNOWN",
                  "title": "Upstream error", "detail": "The OEM did not answer.",
                  "description": "Deprecated. Use detail",
                  "resolution": {"type": "UNKNOWN_RESOLUTION_TYPE"}}},
       "meta": {"oemUpdatedAt": 0, "retrievedAt": 0}}
    ]
  },
  "meta": {"deliveryId": "1e2d3c4b-5a69-4788-9a0b-1c2d3e4f5a6b", "deliveredAt": 1761896351529,
           "deliveryTime": 1761896351529, "mode": "LIVE", "signalCount": 4}
}"""

TESLA_STATE = b"""{"eventId":"6b648a23-0be4-435c-cb41-76b2815678fa","eventType":"VEHICLE_STATE",\
"vehicleId":"4bb777b2-bde7-4305-8952-25956f8c0868","triggers":[{"type":"SIGNAL_UPDATED",\
"signal":{"code":"closure-islocked","name":"IsLocked","group":"Closure"}}],"data":{"user":\
{"id":"e0514ef4-5226-11e8-8c13-8f6e8f02e27e"},"vehicle":{"id":"4bb777b2-bde7-4305-8952-25956f8c0868",\
"make":"TESLA","model":"Model 3","year":2020},"signals":[{"code":"closure-islocked","name":"IsLocked",\
"group":"Closure","body":{"value":true},"status":{"value":"SUCCESS"},"meta":{"oemUpdatedAt":\
1761896340000,"retrievedAt":1761896345000}},{"code":"location-preciselocation","name":\
"PreciseLocation","group":"Location","body":{"latitude":37.7749,"longitude":-122.4194,\
"locationType":"LAST_PARKED"},"status":{"value":"SUCCESS"},"meta":{"oemUpdatedAt":0,\
"retrievedAt":1761896345000}}]},"meta":{"version":"4.0","webhookId":\
"5a8e5e38-1e12-4011-a36d-56f120053f9e","webhookName":"Fleet","deliveryId":\
"7f0e9d8c-1b2a-4c3d-9e8f-0a1b2c3d4e5f","deliveredAt":1761896351529,"deliveryTime":1761896351529,\
"mode":"TEST","signalCount":2}}"""

POLESTAR_FIRST = b"""{"eventId":"9c8b7a69-5847-4362-8150-4f3e2d1c0b9a","eventType":"VEHICLE_STATE",\
"triggers":[{"type":"FIRST_DELIVERY"}],"data":{"vehicle":{"id":"c0ffee00-1234-4abc-8def-001122334455",\
"make":"POLESTAR","model":"2","year":2024},"signals":[{"code":"tractionbattery-stateofcharge",\
"name":"StateOfCharge","group":"TractionBattery","body":{"value":41.5,"unit":"percent"},\
"status":{"value":"SUCCESS"},"meta":{"ingestedAt":1761896349000}},{"code":\
"charge-chargeportstatuscolor","name":"ChargePortStatusColor","group":"Charge","body":\
{"value":"invalid"},"status":{"value":"UNAVAILABLE"}}]},"meta":{"deliveryId":\
"2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d","deliveredAt":1761896351529,"deliveryTime":1761896351529,\
"mode":"LIVE"}}"""

VW_ERROR = b"""{"eventId":"7d6c5b4a-3f2e-4d1c-8b0a-9f8e7d6c5b4a","eventType":"VEHICLE_ERROR",\
"triggers":[{"type":"SIGNAL_UPDATED","signal":"TractionBattery.StateOfCharge"}],\
"data":{"user":{"id":"6f1c9a2e-8b3d-4e5f-a6b7-c8d9e0f1a2b3"},"vehicle":{"id":\
"a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d","make":"VOLKSWAGEN","model":"ID.4","year":2023},\
"errors":[{"type":"CONNECTED_SERVICES_ACCOUNT","code":"AUTHENTICATION_FAILED","state":"ERROR",\
"description":"Smartcar was unable to authenticate with the user's connected services account.",\
"suggestedUserMessage":"Please reconnect your vehicle.","docURL":\
"https://smartcar.com/docs/errors/api-errors/connected-services-account-errors",\
"resolution":{"type":"REAUTHENTICATE"},"signals":["TractionBattery.StateOfCharge",\
{"code":"tractionbattery-range","name":"Range","group":"TractionBattery"}]},\
{"type":"COMPATIBILITY","code":null,"state":"ERROR","description":"Not supported.",\
"suggestedUserMessage":"This feature is not available.","docURL":\
"https://smartcar.com/docs/errors/api-errors/compatibility-errors","resolution":\
{"type":"UNKNOWN_RESOLUTION_TYPE"},"signals":["Charge.ChargeLimits"]}]},\
"meta":{"deliveryId":"3b4c5d6e-7f8a-4b9c-8d0e-1f2a3b4c5d6e","deliveredAt":1761896351529,\
"deliveryTime":1761896351529,"mode":"LIVE"}}"""

TESLA_ERROR = b"""{"eventId":"8e7d6c5b-4a3f-4e2d-9c1b-0a9f8e7d6c5b","eventType":"VEHICLE_ERROR",\
"vehicleId":"4bb777b2-bde7-4305-8952-25956f8c0868","triggers":[{"type":"SIGNAL_UPDATED",\
"signal":{"code":"location-preciselocation","name":"PreciseLocation","group":"Location"}}],\
"data":{"vehicle":{"id":"4bb777b2-bde7-4305-8952-25956f8c0868","make":"TESLA","model":"Model Y",\
"year":2022},"errors":[{"type":"CONNECTED_SERVICES_ACCOUNT","code":"VIRTUAL_KEY_REQUIRED",\
"state":"RESOLVED","description":"A virtual key is required.","suggestedUserMessage":\
"Add the Smartcar virtual key in the Tesla app.","docURL":"https://smartcar.com/docs/errors",\
"resolution":{"type":"ACTION_REQUIRED"},"signals":[{"code":"location-preciselocation",\
"name":"PreciseLocation","group":"Location"},"Closure.IsLocked"]}]},"meta":{"deliveryId":\
"4c5d6e7f-8a9b-4c0d-9e1f-2a3b4c5d6e7f","deliveredAt":1761896351529,"mode":"TEST"}}"""

VERIFY_UNSIGNED = b'{"eventType":"VERIFY","data":{"challenge":"2b1b9fbc1a7a4d7a8c2e6f1d0b3c4a5e"}}'

VERIFY_DOCUMENTED = b"""{"eventId":"52f6e0bb-1369-45da-a61c-9e67d092d6db","eventType":"VERIFY",\
"data":{"challenge":"challenge"},"meta":{"version":"4.0","webhookId":\
"5a8e5e38-1e12-4011-a36d-56f120053f9e","webhookName":"Example Webhook","deliveryId":\
"5d569643-3a47-4cd1-a3ec-db5fc1f6f03b","deliveredAt":"2025-07-31T19:38:42.332Z"}}"""

SIGNED = {
    "vw_state": VW_STATE,
    "tesla_state": TESLA_STATE,
    "polestar_first": POLESTAR_FIRST,
    "vw_error": VW_ERROR,
    "tesla_error": TESLA_ERROR,
    "verify_documented": VERIFY_DOCUMENTED,
}
"""Every delivery Smartcar signs, by name."""
