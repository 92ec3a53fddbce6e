-- PATCH /scim/v2/Groups/{id}: one member added, then the same member removed, in Entra's
-- shapes (E-41 add, E-42 remove with a value list); each thread walks its own candidates.
-- wrk arguments: <candidate ids file> <bearer token> <group id> <thread count>
local ids = {}
local counter = 0
local group
local step
local next_index
local adding = true

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
  group = args[3]
  step = tonumber(args[4])
  next_index = tid
end

function request()
  local member = ids[((next_index - 1) % #ids) + 1]
  local op = adding and "Add" or "Remove"
  if not adding then
    next_index = next_index + step
  end
  adding = not adding
  local body = '{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":['
    .. '{"op":"' .. op .. '","path":"members","value":[{"$ref":null,"value":"' .. member .. '"}]}]}'
  return wrk.format("PATCH", "/scim/v2/Groups/" .. group, nil, body)
end
