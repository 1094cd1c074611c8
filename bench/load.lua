-- wrk script for bench/load.sh: each connection's thread walks the URL list given after `--`,
-- starting at its own place, so that the threads do not request the same page together.
local paths = {}
local position = 0
local threads = 0

function setup(thread)
  thread:set("number", threads)
  threads = threads + 1
end

function init(args)
  for line in io.lines(args[1]) do
    if line ~= "" then
      paths[#paths + 1] = line
    end
  end
  position = (number or 0) * 97 % #paths
end

function request()
  position = position % #paths + 1
  return wrk.format("GET", paths[position])
end
