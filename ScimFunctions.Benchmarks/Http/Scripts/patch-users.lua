-- PATCH /scim/v2/Users/{id} with Entra's replace shapes (capitalised ops, value-filter path,
-- enterprise URN path) on a random existing user.
-- wrk arguments: <ids file> <bearer token>
local ids = {}
local counter = 0
local sent = 0

function setup(thread)
  counter = counter + 1
  thread:set("tid", counter)
end

function init(args)
  for line in io.lines(args[1]) do
    ids[#ids + 1] = line
  end
  wrk.headers["Authorization"] = "Bearer " .. args[2]
  wrk.headers["Content-Type"] = "application/scim+json"
  math.randomseed(os.time() * 100 + tid)
end

function request()
  sent = sent + 1
  local suffix = string.format("%d.%d", tid, sent)
  local body = '{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":['
    .. '{"op":"Replace","path":"displayName","value":"Renamed ' .. suffix .. '"},'
    .. '{"op":"Replace","path":"name.familyName","value":"Family' .. suffix .. '"},'
    .. '{"op":"Replace","path":"emails[type eq \\"work\\"].value","value":"moved.' .. suffix .. '@contoso.example"},'
    .. '{"op":"Replace","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department","value":"Moved"}]}'
  return wrk.format("PATCH", "/scim/v2/Users/" .. ids[math.random(#ids)], nil, body)
end
