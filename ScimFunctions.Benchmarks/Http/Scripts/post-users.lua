-- POST /scim/v2/Users with a new userName on every request, in the shape Entra creates users.
-- wrk arguments: <run tag> <bearer token>
local counter = 0
local tag
local sent = 0

function setup(thread)
  counter = counter + 1
  thread:set("tid", counter)
end

function init(args)
  tag = args[1]
  wrk.headers["Authorization"] = "Bearer " .. args[2]
  wrk.headers["Content-Type"] = "application/scim+json"
end

function request()
  sent = sent + 1
  local name = string.format("wrk.%s.%d.%d@contoso.example", tag, tid, sent)
  local body = '{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User",'
    .. '"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],'
    .. '"externalId":"' .. string.format("%s-%d-%d", tag, tid, sent) .. '",'
    .. '"userName":"' .. name .. '","active":true,"displayName":"Load User ' .. sent .. '",'
    .. '"name":{"givenName":"Load","familyName":"User' .. sent .. '"},'
    .. '"emails":[{"primary":true,"type":"work","value":"' .. name .. '"}],'
    .. '"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"department":"Load"},'
    .. '"meta":{"resourceType":"User"}}'
  return wrk.format("POST", "/scim/v2/Users", nil, body)
end
